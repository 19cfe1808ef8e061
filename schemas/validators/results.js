// Generated from schemas/results.schema.json by `npm run gen:types`
// (scripts/gen-types.ts, ajv 8.20.0 standalone code). Do not edit.
import ajvRuntime_ucs2length from 'ajv/dist/runtime/ucs2length.js';
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"luqual:results","title":"Results","description":"What a luqual run found: the kernels it used and, for every (source, target) pair, the verdict of a live update from one to the other and the evidence behind it.","type":"object","additionalProperties":false,"required":["schemaVersion","luqual","startedAt","host","kernels","pairs"],"properties":{"schemaVersion":{"const":1},"luqual":{"type":"string","description":"luqual's version"},"startedAt":{"type":"string","format":"date-time"},"finishedAt":{"type":"string","format":"date-time"},"host":{"$ref":"#/$defs/Host"},"kernels":{"type":"array","items":{"$ref":"#/$defs/Kernel"}},"pairs":{"type":"array","items":{"$ref":"#/$defs/Pair"}},"matrix":{"type":"string","description":"the matrix file the run came from, when it came from one"},"matrixSha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"the SHA-256 of the matrix file's bytes: shards of one run are matched by it, wherever each was checked out"},"interrupted":{"type":"boolean","description":"the run was stopped before every pair had run; the pairs here are those that finished"},"comparison":{"type":"object","additionalProperties":false,"required":["baseline","changes"],"description":"this run against an earlier one","properties":{"baseline":{"type":"string","description":"the earlier results.json"},"changes":{"type":"array","items":{"$ref":"#/$defs/Change"}}}},"shard":{"type":"object","additionalProperties":false,"required":["index","count"],"description":"this run was shard index of count (luqual run --shard I/N)","properties":{"index":{"type":"integer","minimum":1},"count":{"type":"integer","minimum":1}}},"merged":{"type":"array","items":{"type":"string"},"description":"the result directories luqual merge combined into this one"},"chains":{"type":"array","items":{"$ref":"#/$defs/Chain"},"description":"the walks of kernels run in one QEMU run each (luqual run without --no-chain): each pair of a walk is one kexec"},"paths":{"type":"array","items":{"$ref":"#/$defs/Path"},"description":"upgrade paths run as walks with heirlooms: those matrix.yaml declares and the routes luqual found in the grid (README \"Upgrade paths\")"},"routes":{"type":"array","items":{"$ref":"#/$defs/Route"},"description":"for every kernel and every newer one, the route of live updates the grid offers, and whether a walk with heirlooms verified it (README \"Upgrade paths\")"}},"$defs":{"Verdict":{"description":"compatible: all preserved state came back verified; incompatible-clean: the target ignored or refused the handover and booted without it; incompatible-panic: a kernel panicked; incompatible-hang: the guest stopped making progress; data-loss: the target restored something but not all of it intact; unsupported: the source cannot start a live update; error: luqual or the host failed.","enum":["compatible","incompatible-clean","incompatible-panic","incompatible-hang","data-loss","unsupported","error"]},"Status":{"enum":["pass","fail","skip"]},"Host":{"type":"object","additionalProperties":false,"required":["hostname","kernel","qemu","accel"],"properties":{"hostname":{"type":"string"},"kernel":{"type":"string"},"qemu":{"type":"string"},"accel":{"enum":["tcg","kvm"]}}},"LiveUpdateCapability":{"type":"object","additionalProperties":false,"required":["capable","why"],"properties":{"capable":{"type":["boolean","null"],"description":"from the kernel's config; null when no config is known"},"why":{"type":"string"}}},"Kernel":{"type":"object","additionalProperties":false,"required":["id","ref","kind","release","obtained","liveUpdate"],"properties":{"id":{"type":"string"},"ref":{"type":"string"},"kind":{"enum":["debian-src","debian","path","tree"]},"release":{"type":"string"},"arch":{"$ref":"#/$defs/Arch"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"the SHA-256 of the kernel image booted, so that `luqual check` finds this kernel on a real host by content, not by name"},"obtained":{"type":"string"},"debianVersion":{"type":["string","null"]},"resolved":{"type":"string","description":"for a series reference (debian-src:7.3.x, debian:latest): the exact reference it resolved to when the run prepared it, e.g. debian-src:7.3.4-1~bpo13+1"},"liveUpdate":{"$ref":"#/$defs/LiveUpdateCapability"},"unmetOptions":{"type":"array","items":{"type":"string"}},"cmdline":{"type":"string"},"abi":{"oneOf":[{"$ref":"#/$defs/AbiStrings"},{"type":"null"}],"description":"the handover formats the kernel speaks, read from its image; null when the image could not be unpacked"},"provenance":{"$ref":"#/$defs/Provenance"}}},"Provenance":{"type":"object","additionalProperties":false,"description":"what went into a kernel besides its image (whose hash is the kernel's sha256), by content","required":["configSha256","patches"],"properties":{"configSha256":{"oneOf":[{"type":"string","pattern":"^[0-9a-f]{64}$"},{"type":"null"}],"description":"the SHA-256 of the config the kernel was built with (its .config, the file named or found beside the image, or its IKCONFIG); null when none is known"},"patches":{"type":"array","description":"the patches applied to its source before the build, in order","items":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string","description":"the patch file's name"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}},"tree":{"type":"object","additionalProperties":false,"required":["path","describe","commit","contentSha256"],"description":"for a tree: kernel, what was built: the checkout's commit and `git describe --always --dirty`, or for a tree without git a SHA-256 over its files' paths and contents","properties":{"path":{"type":"string"},"describe":{"type":["string","null"]},"commit":{"type":["string","null"]},"contentSha256":{"type":["string","null"]}}}}},"PairKernel":{"type":"object","additionalProperties":false,"required":["id","release"],"properties":{"id":{"type":"string"},"release":{"type":"string"}}},"Test":{"type":"object","additionalProperties":false,"required":["name","status"],"properties":{"name":{"type":"string"},"status":{"$ref":"#/$defs/Status"},"reason":{"type":"string"}}},"Suite":{"type":"object","additionalProperties":false,"required":["name","status","tests"],"properties":{"name":{"type":"string"},"status":{"$ref":"#/$defs/Status"},"reason":{"type":"string"},"tests":{"type":"array","items":{"$ref":"#/$defs/Test"}}}},"Timings":{"type":"object","description":"Seconds spent in each phase of the QEMU run; a phase the run never reached is absent.","additionalProperties":false,"required":["total"],"properties":{"boot":{"type":"number","description":"QEMU start to the agent's first line on the source; absent for a hop of a walk but the first (its source was booted by the kexec before)"},"stage1":{"type":"number","description":"preserving state and loading the target"},"kexec":{"type":"number","description":"from the reboot into the target to the agent's first line there"},"stage2":{"type":"number","description":"retrieving and verifying state"},"shutdown":{"type":"number"},"total":{"type":"number"}}},"Pair":{"type":"object","additionalProperties":false,"required":["source","target","verdict","reason","suites","timings","logs","reproducer"],"properties":{"source":{"$ref":"#/$defs/PairKernel"},"target":{"$ref":"#/$defs/PairKernel"},"arch":{"$ref":"#/$defs/Arch"},"verdict":{"$ref":"#/$defs/Verdict"},"reason":{"type":"string","description":"one sentence saying why"},"evidence":{"type":"array","description":"kernel log lines about the handover, in console order","items":{"type":"string"}},"phase":{"type":"string","description":"the phase the run ended in"},"suites":{"type":"array","items":{"$ref":"#/$defs/Suite"}},"timings":{"$ref":"#/$defs/Timings"},"logs":{"type":"object","additionalProperties":false,"required":["console"],"properties":{"console":{"type":"string","description":"the serial console, relative to results.json"},"qemu":{"type":"string","description":"QEMU's own stderr, relative to results.json"},"chain":{"type":"string","description":"the whole walk's console, relative to results.json, when the pair ran as a hop of one"}}},"reproducer":{"type":"string","description":"a command that runs this pair alone"},"startedAt":{"type":"string","format":"date-time"},"expectation":{"$ref":"#/$defs/Expectation"},"abi":{"type":"array","items":{"$ref":"#/$defs/AbiRow"},"description":"the pair's handover formats, one row per component"},"prediction":{"$ref":"#/$defs/Prediction"},"fates":{"type":"array","items":{"$ref":"#/$defs/ComponentFate"},"description":"what became of each handover component the source used, outermost first (README \"Fates\"); absent where the run ended before the target could show it (a hang, an error, a source that could not start the update)"},"nextUpdate":{"$ref":"#/$defs/NextUpdate"},"explanation":{"type":"string","description":"for a verdict other than compatible: the component and the two strings that decided it"},"handover":{"type":"object","additionalProperties":false,"description":"the KHO state the agent read in debugfs","properties":{"offered":{"type":"array","items":{"$ref":"#/$defs/Blob"},"description":"source, kho/out, just before the kexec"},"received":{"type":"array","items":{"$ref":"#/$defs/Blob"},"description":"target, kho/in"},"targetOwn":{"type":"array","items":{"$ref":"#/$defs/Blob"},"description":"target, kho/out"}},"required":["offered","received","targetOwn"]},"attempts":{"type":"array","items":{"$ref":"#/$defs/Attempt"},"description":"earlier attempts of this pair, retried because their verdict was error or incompatible-hang; the pair's own fields are the last attempt's"},"flaky":{"type":"boolean","description":"the attempts reached different verdicts"},"liveupdateNumber":{"type":"integer","minimum":1,"description":"the target's count of live updates since its last cold boot, as it logged it (\"luo: Retrieved live update data, liveupdate number: N\"); above 1 only for a hop of a walk after earlier live updates"},"khoExecCount":{"type":"integer","minimum":1,"description":"the target's count of KHO kexecs, as it logged it (\"KHO: exec from: RELEASE (count N)\", 7.1 and later)"},"chain":{"type":"object","additionalProperties":false,"required":["id","hop","hops"],"description":"the walk this pair ran in, as its hop-th kexec of hops; absent when it ran alone","properties":{"id":{"type":"string"},"hop":{"type":"integer","minimum":1},"hops":{"type":"integer","minimum":1}}},"heirloomsLost":{"type":"object","additionalProperties":false,"required":["walk","hop","evidence"],"description":"this pair's fresh state came back whole, but as the hop-th hop of that walk it did not hand on the heirlooms it received: a kernel bug in handing on retrieved state","properties":{"walk":{"type":"string","description":"the walk's id (chains[])"},"hop":{"type":"integer","minimum":1},"evidence":{"type":"string"}}}}},"Expectation":{"type":"object","additionalProperties":false,"required":["verdicts","met","rule"],"properties":{"verdicts":{"type":"array","items":{"$ref":"#/$defs/Verdict"},"minItems":1,"description":"verdicts the pair had to reach"},"met":{"type":"boolean"},"rule":{"type":"string","description":"the matrix rule that set it, e.g. 'default: policy upgrades'"}}},"AbiStrings":{"type":"object","description":"family -> the versioned compatible strings of that family compiled into the kernel image (e.g. luo -> [luo-v5])","additionalProperties":{"type":"array","items":{"type":"string"}}},"AbiRow":{"type":"object","additionalProperties":false,"required":["component","source","target","status","evidence"],"properties":{"component":{"type":"string","description":"a handover format family: kho, luo, memfd, ..."},"source":{"type":"array","items":{"type":"string"},"description":"the strings the source writes"},"target":{"type":"array","items":{"type":"string"},"description":"the strings the target accepts"},"status":{"enum":["match","mismatch","absent-on-target","absent-on-source"]},"evidence":{"type":"array","items":{"type":"string"},"description":"kernel log lines that name these strings"}}},"Prediction":{"type":"object","additionalProperties":false,"required":["verdict","because","unexpected"],"properties":{"verdict":{"$ref":"#/$defs/Verdict"},"because":{"type":"string"},"unexpected":{"type":"boolean","description":"a component's observed fate differs from its predicted one (named in components), or the verdict differs where no fates were observed: a kernel bug or a luqual bug"},"components":{"type":"array","items":{"type":"string"},"description":"the components whose observed fate differs from the predicted one"}}},"Blob":{"type":"object","additionalProperties":false,"required":["path","size","format"],"properties":{"path":{"type":"string"},"size":{"type":"integer"},"format":{"enum":["fdt","luo-header","text","binary","unreadable"]},"compatible":{"type":"string"},"nodes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["path","compatible"],"properties":{"path":{"type":"string"},"compatible":{"type":"string"}}}},"liveupdateNumber":{"type":"integer"},"text":{"type":"string"},"error":{"type":"string"}}},"Attempt":{"type":"object","additionalProperties":false,"required":["verdict","reason","logs"],"properties":{"verdict":{"$ref":"#/$defs/Verdict"},"reason":{"type":"string"},"logs":{"type":"object","additionalProperties":false,"required":["console"],"properties":{"console":{"type":"string"}}}}},"Change":{"type":"object","additionalProperties":false,"required":["source","target","change"],"properties":{"source":{"type":"string"},"target":{"type":"string"},"before":{"$ref":"#/$defs/Verdict"},"after":{"$ref":"#/$defs/Verdict"},"change":{"enum":["regression","fixed","unchanged","new","gone"]},"releases":{"type":"object","additionalProperties":false,"description":"the kernels whose release changed under the same id since the baseline (a stable update): the id is the kernel's identity","properties":{"source":{"$ref":"#/$defs/ReleaseChange"},"target":{"$ref":"#/$defs/ReleaseChange"}}},"tests":{"type":"object","additionalProperties":false,"required":["regressed","fixed"],"description":"suite tests (suite/test) that passed in the baseline and fail now, and the reverse, whatever the verdict did","properties":{"regressed":{"type":"array","items":{"type":"string"}},"fixed":{"type":"array","items":{"type":"string"}}}},"seconds":{"type":"object","additionalProperties":false,"required":["before","after"],"description":"the pair's total time, where it changed by more than half and by more than 2 s; timing never fails a run","properties":{"before":{"type":"number"},"after":{"type":"number"}}}}},"Chain":{"type":"object","additionalProperties":false,"required":["id","kernels","ran","kept","seconds","logs","end"],"description":"one QEMU run through a walk of kernels","properties":{"id":{"$ref":"#/$defs/RunId"},"kernels":{"type":"array","items":{"type":"string"},"description":"kernel ids in walk order: kernels[i] -> kernels[i+1] is its (i+1)-th hop"},"ran":{"type":"integer","minimum":0,"description":"hops whose result the run reached"},"kept":{"type":"integer","minimum":0,"description":"hops kept as their pair's result; the rest were run again in other walks"},"seconds":{"type":"number","description":"how long QEMU ran"},"end":{"type":"string","description":"why the walk ended where it did, in words"},"logs":{"type":"object","additionalProperties":false,"required":["console"],"properties":{"console":{"type":"string","description":"relative to results.json"},"qemu":{"type":"string"}}},"heirlooms":{"$ref":"#/$defs/PathOutcome","description":"what became of the heirlooms the walk's first kernel made (every walk carries them where its suites have any)"}}},"Fate":{"enum":["restored","dropped","refused","panicked","absent"],"description":"restored: the target took the component and gave its items back; dropped: the target booted without it (it lacks the code, or the component holding it was not taken); refused: the target logged that it cannot read its format; panicked: the target panicked before it could give it back; absent: the source carried nothing of it that this pair checks"},"ComponentFate":{"type":"object","additionalProperties":false,"required":["component","fate","evidence"],"properties":{"component":{"type":"string","description":"kho (the KHO root), luo (LUO core with its sessions and FLB), memblock (reserve_mem regions), kho-test (the KHO self-test), or a LUO file handler (memfd, huge-memfd, vfio-pci, iommufd)"},"fate":{"$ref":"#/$defs/Fate"},"evidence":{"type":"string","description":"the kernel log line or the agent's finding behind the fate"},"items":{"type":"integer","minimum":0,"description":"preserved items this component carried"},"lost":{"type":"integer","minimum":0,"description":"of those, how many did not come back intact"},"predicted":{"$ref":"#/$defs/Fate"},"because":{"type":"string","description":"why the handover formats predict that fate"}}},"NextUpdate":{"type":"object","additionalProperties":false,"required":["state","evidence"],"description":"after the update: whether the target can start a live update of its own (its /dev/liveupdate opens and takes a new session)","properties":{"state":{"enum":["ready","unusable","unknown"],"description":"unknown: the target did not get that far, or its agent (version 2 and older) did not check"},"evidence":{"type":"string"}}},"PathOutcome":{"type":"object","additionalProperties":false,"required":["verdict","reason"],"properties":{"verdict":{"$ref":"#/$defs/Verdict"},"reason":{"type":"string"},"brokeAt":{"type":"integer","minimum":1,"description":"the hop at which the heirlooms were lost"}}},"PathHop":{"type":"object","additionalProperties":false,"required":["hop","source","target","pairVerdict","state","handedOn","arrived","evidence"],"description":"one hop of a path: what became of the heirlooms on it, beside the hop's own verdict as a pair","properties":{"hop":{"type":"integer","minimum":1},"source":{"type":"string"},"target":{"type":"string"},"pairVerdict":{"$ref":"#/$defs/Verdict","description":"the hop judged as a pair, from its fresh state alone"},"state":{"enum":["carried","lost","not-handed-on","none","unknown"],"description":"carried: every heirloom the source handed on arrived intact; lost: some did not; not-handed-on: the source could not preserve some (errno in evidence); none: no heirloom reached the source; unknown: the target never checked"},"handedOn":{"type":"integer","minimum":0},"arrived":{"type":"integer","minimum":0,"description":"of those handed on, how many the target verified"},"evidence":{"type":"string"}}},"Path":{"type":"object","additionalProperties":false,"required":["id","kernels","origin","verdict","reason","hops"],"description":"a sequence of kernels run as one walk with heirlooms: whether the state born on the first arrived on the last","properties":{"id":{"$ref":"#/$defs/RunId"},"kernels":{"type":"array","items":{"type":"string"}},"origin":{"enum":["declared","route"],"description":"declared: listed under paths: in matrix.yaml; route: found in the grid by luqual and run to verify it"},"verdict":{"$ref":"#/$defs/Verdict"},"reason":{"type":"string"},"brokeAt":{"type":"integer","minimum":1},"hops":{"type":"array","items":{"$ref":"#/$defs/PathHop"}},"chain":{"type":"string","description":"the id of the walk (chains[]) that ran it, with its logs"},"expectation":{"$ref":"#/$defs/Expectation"}}},"Route":{"type":"object","additionalProperties":false,"required":["from","to","status"],"description":"the fewest compatible hops from an older kernel to a newer one","properties":{"from":{"type":"string"},"to":{"type":"string"},"status":{"enum":["direct","verified","refuted","untested","none"],"description":"direct: the pair itself is compatible; verified: a route through other kernels, run as one walk with heirlooms that arrived; refuted: that run lost them; untested: the route was not run; none: no route of compatible hops (coldReboot says where and why)"},"kernels":{"type":"array","items":{"type":"string"},"description":"the route, from..to"},"path":{"type":"string","description":"the id of the path (paths[]) that ran it"},"coldReboot":{"type":"object","additionalProperties":false,"required":["source","target","because"],"properties":{"source":{"type":"string"},"target":{"type":"string"},"because":{"type":"string"}}}}},"RunId":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*$","maxLength":80,"description":"luqual names walks and paths itself (chain-3, shard-2-path-1): only these characters, so that an id made into a file name stays one"},"ReleaseChange":{"type":"object","additionalProperties":false,"required":["before","after"],"properties":{"before":{"type":"string"},"after":{"type":"string"}}},"Arch":{"type":"string","enum":["x86_64","arm64"],"description":"what a kernel is built for and a pair booted on; absent in results of luqual before arm64, which booted only x86_64"}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["hostname","kernel","qemu","accel"],"properties":{"hostname":{"type":"string"},"kernel":{"type":"string"},"qemu":{"type":"string"},"accel":{"enum":["tcg","kvm"]}}};
const schema76 = {"type":"object","additionalProperties":false,"required":["from","to","status"],"description":"the fewest compatible hops from an older kernel to a newer one","properties":{"from":{"type":"string"},"to":{"type":"string"},"status":{"enum":["direct","verified","refuted","untested","none"],"description":"direct: the pair itself is compatible; verified: a route through other kernels, run as one walk with heirlooms that arrived; refuted: that run lost them; untested: the route was not run; none: no route of compatible hops (coldReboot says where and why)"},"kernels":{"type":"array","items":{"type":"string"},"description":"the route, from..to"},"path":{"type":"string","description":"the id of the path (paths[]) that ran it"},"coldReboot":{"type":"object","additionalProperties":false,"required":["source","target","because"],"properties":{"source":{"type":"string"},"target":{"type":"string"},"because":{"type":"string"}}}}};
const func1 = Object.prototype.hasOwnProperty;
const formats0 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const schema33 = {"type":"object","additionalProperties":false,"required":["id","ref","kind","release","obtained","liveUpdate"],"properties":{"id":{"type":"string"},"ref":{"type":"string"},"kind":{"enum":["debian-src","debian","path","tree"]},"release":{"type":"string"},"arch":{"$ref":"#/$defs/Arch"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"the SHA-256 of the kernel image booted, so that `luqual check` finds this kernel on a real host by content, not by name"},"obtained":{"type":"string"},"debianVersion":{"type":["string","null"]},"resolved":{"type":"string","description":"for a series reference (debian-src:7.3.x, debian:latest): the exact reference it resolved to when the run prepared it, e.g. debian-src:7.3.4-1~bpo13+1"},"liveUpdate":{"$ref":"#/$defs/LiveUpdateCapability"},"unmetOptions":{"type":"array","items":{"type":"string"}},"cmdline":{"type":"string"},"abi":{"oneOf":[{"$ref":"#/$defs/AbiStrings"},{"type":"null"}],"description":"the handover formats the kernel speaks, read from its image; null when the image could not be unpacked"},"provenance":{"$ref":"#/$defs/Provenance"}}};
const schema34 = {"type":"string","enum":["x86_64","arm64"],"description":"what a kernel is built for and a pair booted on; absent in results of luqual before arm64, which booted only x86_64"};
const schema35 = {"type":"object","additionalProperties":false,"required":["capable","why"],"properties":{"capable":{"type":["boolean","null"],"description":"from the kernel's config; null when no config is known"},"why":{"type":"string"}}};
const schema36 = {"type":"object","description":"family -> the versioned compatible strings of that family compiled into the kernel image (e.g. luo -> [luo-v5])","additionalProperties":{"type":"array","items":{"type":"string"}}};
const schema37 = {"type":"object","additionalProperties":false,"description":"what went into a kernel besides its image (whose hash is the kernel's sha256), by content","required":["configSha256","patches"],"properties":{"configSha256":{"oneOf":[{"type":"string","pattern":"^[0-9a-f]{64}$"},{"type":"null"}],"description":"the SHA-256 of the config the kernel was built with (its .config, the file named or found beside the image, or its IKCONFIG); null when none is known"},"patches":{"type":"array","description":"the patches applied to its source before the build, in order","items":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string","description":"the patch file's name"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}},"tree":{"type":"object","additionalProperties":false,"required":["path","describe","commit","contentSha256"],"description":"for a tree: kernel, what was built: the checkout's commit and `git describe --always --dirty`, or for a tree without git a SHA-256 over its files' paths and contents","properties":{"path":{"type":"string"},"describe":{"type":["string","null"]},"commit":{"type":["string","null"]},"contentSha256":{"type":["string","null"]}}}}};
const pattern4 = new RegExp("^[0-9a-f]{64}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ref === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.release === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.obtained === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "obtained"},message:"must have required property '"+"obtained"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.liveUpdate === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "liveUpdate"},message:"must have required property '"+"liveUpdate"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema33.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.ref !== undefined){
if(typeof data.ref !== "string"){
const err8 = {instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(!((((data2 === "debian-src") || (data2 === "debian")) || (data2 === "path")) || (data2 === "tree"))){
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema33.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.release !== undefined){
if(typeof data.release !== "string"){
const err10 = {instancePath:instancePath+"/release",schemaPath:"#/properties/release/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.arch !== undefined){
let data4 = data.arch;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/arch",schemaPath:"#/$defs/Arch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data4 === "x86_64") || (data4 === "arm64"))){
const err12 = {instancePath:instancePath+"/arch",schemaPath:"#/$defs/Arch/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data5 = data.sha256;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err13 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.obtained !== undefined){
if(typeof data.obtained !== "string"){
const err15 = {instancePath:instancePath+"/obtained",schemaPath:"#/properties/obtained/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.debianVersion !== undefined){
let data7 = data.debianVersion;
if((typeof data7 !== "string") && (data7 !== null)){
const err16 = {instancePath:instancePath+"/debianVersion",schemaPath:"#/properties/debianVersion/type",keyword:"type",params:{type: schema33.properties.debianVersion.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.resolved !== undefined){
if(typeof data.resolved !== "string"){
const err17 = {instancePath:instancePath+"/resolved",schemaPath:"#/properties/resolved/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.liveUpdate !== undefined){
let data9 = data.liveUpdate;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.capable === undefined){
const err18 = {instancePath:instancePath+"/liveUpdate",schemaPath:"#/$defs/LiveUpdateCapability/required",keyword:"required",params:{missingProperty: "capable"},message:"must have required property '"+"capable"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data9.why === undefined){
const err19 = {instancePath:instancePath+"/liveUpdate",schemaPath:"#/$defs/LiveUpdateCapability/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data9){
if(!((key1 === "capable") || (key1 === "why"))){
const err20 = {instancePath:instancePath+"/liveUpdate",schemaPath:"#/$defs/LiveUpdateCapability/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.capable !== undefined){
let data10 = data9.capable;
if((typeof data10 !== "boolean") && (data10 !== null)){
const err21 = {instancePath:instancePath+"/liveUpdate/capable",schemaPath:"#/$defs/LiveUpdateCapability/properties/capable/type",keyword:"type",params:{type: schema35.properties.capable.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.why !== undefined){
if(typeof data9.why !== "string"){
const err22 = {instancePath:instancePath+"/liveUpdate/why",schemaPath:"#/$defs/LiveUpdateCapability/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/liveUpdate",schemaPath:"#/$defs/LiveUpdateCapability/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.unmetOptions !== undefined){
let data12 = data.unmetOptions;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(typeof data12[i0] !== "string"){
const err24 = {instancePath:instancePath+"/unmetOptions/" + i0,schemaPath:"#/properties/unmetOptions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/unmetOptions",schemaPath:"#/properties/unmetOptions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.cmdline !== undefined){
if(typeof data.cmdline !== "string"){
const err26 = {instancePath:instancePath+"/cmdline",schemaPath:"#/properties/cmdline/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.abi !== undefined){
let data15 = data.abi;
const _errs35 = errors;
let valid6 = false;
let passing0 = null;
const _errs36 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key2 in data15){
let data16 = data15[key2];
if(Array.isArray(data16)){
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
if(typeof data16[i1] !== "string"){
const err27 = {instancePath:instancePath+"/abi/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/$defs/AbiStrings/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/abi/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/AbiStrings/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/abi",schemaPath:"#/$defs/AbiStrings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs36 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs44 = errors;
if(data15 !== null){
const err30 = {instancePath:instancePath+"/abi",schemaPath:"#/properties/abi/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs44 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid6 = true;
passing0 = 1;
}
}
if(!valid6){
const err31 = {instancePath:instancePath+"/abi",schemaPath:"#/properties/abi/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data.provenance !== undefined){
let data18 = data.provenance;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.configSha256 === undefined){
const err32 = {instancePath:instancePath+"/provenance",schemaPath:"#/$defs/Provenance/required",keyword:"required",params:{missingProperty: "configSha256"},message:"must have required property '"+"configSha256"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data18.patches === undefined){
const err33 = {instancePath:instancePath+"/provenance",schemaPath:"#/$defs/Provenance/required",keyword:"required",params:{missingProperty: "patches"},message:"must have required property '"+"patches"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key3 in data18){
if(!(((key3 === "configSha256") || (key3 === "patches")) || (key3 === "tree"))){
const err34 = {instancePath:instancePath+"/provenance",schemaPath:"#/$defs/Provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data18.configSha256 !== undefined){
let data19 = data18.configSha256;
const _errs51 = errors;
let valid13 = false;
let passing1 = null;
const _errs52 = errors;
if(typeof data19 === "string"){
if(!pattern4.test(data19)){
const err35 = {instancePath:instancePath+"/provenance/configSha256",schemaPath:"#/$defs/Provenance/properties/configSha256/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/provenance/configSha256",schemaPath:"#/$defs/Provenance/properties/configSha256/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid1 = _errs52 === errors;
if(_valid1){
valid13 = true;
passing1 = 0;
}
const _errs54 = errors;
if(data19 !== null){
const err37 = {instancePath:instancePath+"/provenance/configSha256",schemaPath:"#/$defs/Provenance/properties/configSha256/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid1 = _errs54 === errors;
if(_valid1 && valid13){
valid13 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid13 = true;
passing1 = 1;
}
}
if(!valid13){
const err38 = {instancePath:instancePath+"/provenance/configSha256",schemaPath:"#/$defs/Provenance/properties/configSha256/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
if(data18.patches !== undefined){
let data20 = data18.patches;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.name === undefined){
const err39 = {instancePath:instancePath+"/provenance/patches/" + i2,schemaPath:"#/$defs/Provenance/properties/patches/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data21.sha256 === undefined){
const err40 = {instancePath:instancePath+"/provenance/patches/" + i2,schemaPath:"#/$defs/Provenance/properties/patches/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key4 in data21){
if(!((key4 === "name") || (key4 === "sha256"))){
const err41 = {instancePath:instancePath+"/provenance/patches/" + i2,schemaPath:"#/$defs/Provenance/properties/patches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data21.name !== undefined){
if(typeof data21.name !== "string"){
const err42 = {instancePath:instancePath+"/provenance/patches/" + i2+"/name",schemaPath:"#/$defs/Provenance/properties/patches/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data21.sha256 !== undefined){
let data23 = data21.sha256;
if(typeof data23 === "string"){
if(!pattern4.test(data23)){
const err43 = {instancePath:instancePath+"/provenance/patches/" + i2+"/sha256",schemaPath:"#/$defs/Provenance/properties/patches/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/provenance/patches/" + i2+"/sha256",schemaPath:"#/$defs/Provenance/properties/patches/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/provenance/patches/" + i2,schemaPath:"#/$defs/Provenance/properties/patches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/provenance/patches",schemaPath:"#/$defs/Provenance/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data18.tree !== undefined){
let data24 = data18.tree;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.path === undefined){
const err47 = {instancePath:instancePath+"/provenance/tree",schemaPath:"#/$defs/Provenance/properties/tree/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data24.describe === undefined){
const err48 = {instancePath:instancePath+"/provenance/tree",schemaPath:"#/$defs/Provenance/properties/tree/required",keyword:"required",params:{missingProperty: "describe"},message:"must have required property '"+"describe"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data24.commit === undefined){
const err49 = {instancePath:instancePath+"/provenance/tree",schemaPath:"#/$defs/Provenance/properties/tree/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data24.contentSha256 === undefined){
const err50 = {instancePath:instancePath+"/provenance/tree",schemaPath:"#/$defs/Provenance/properties/tree/required",keyword:"required",params:{missingProperty: "contentSha256"},message:"must have required property '"+"contentSha256"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key5 in data24){
if(!((((key5 === "path") || (key5 === "describe")) || (key5 === "commit")) || (key5 === "contentSha256"))){
const err51 = {instancePath:instancePath+"/provenance/tree",schemaPath:"#/$defs/Provenance/properties/tree/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data24.path !== undefined){
if(typeof data24.path !== "string"){
const err52 = {instancePath:instancePath+"/provenance/tree/path",schemaPath:"#/$defs/Provenance/properties/tree/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data24.describe !== undefined){
let data26 = data24.describe;
if((typeof data26 !== "string") && (data26 !== null)){
const err53 = {instancePath:instancePath+"/provenance/tree/describe",schemaPath:"#/$defs/Provenance/properties/tree/properties/describe/type",keyword:"type",params:{type: schema37.properties.tree.properties.describe.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data24.commit !== undefined){
let data27 = data24.commit;
if((typeof data27 !== "string") && (data27 !== null)){
const err54 = {instancePath:instancePath+"/provenance/tree/commit",schemaPath:"#/$defs/Provenance/properties/tree/properties/commit/type",keyword:"type",params:{type: schema37.properties.tree.properties.commit.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data24.contentSha256 !== undefined){
let data28 = data24.contentSha256;
if((typeof data28 !== "string") && (data28 !== null)){
const err55 = {instancePath:instancePath+"/provenance/tree/contentSha256",schemaPath:"#/$defs/Provenance/properties/tree/properties/contentSha256/type",keyword:"type",params:{type: schema37.properties.tree.properties.contentSha256.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/provenance/tree",schemaPath:"#/$defs/Provenance/properties/tree/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/provenance",schemaPath:"#/$defs/Provenance/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","additionalProperties":false,"required":["source","target","verdict","reason","suites","timings","logs","reproducer"],"properties":{"source":{"$ref":"#/$defs/PairKernel"},"target":{"$ref":"#/$defs/PairKernel"},"arch":{"$ref":"#/$defs/Arch"},"verdict":{"$ref":"#/$defs/Verdict"},"reason":{"type":"string","description":"one sentence saying why"},"evidence":{"type":"array","description":"kernel log lines about the handover, in console order","items":{"type":"string"}},"phase":{"type":"string","description":"the phase the run ended in"},"suites":{"type":"array","items":{"$ref":"#/$defs/Suite"}},"timings":{"$ref":"#/$defs/Timings"},"logs":{"type":"object","additionalProperties":false,"required":["console"],"properties":{"console":{"type":"string","description":"the serial console, relative to results.json"},"qemu":{"type":"string","description":"QEMU's own stderr, relative to results.json"},"chain":{"type":"string","description":"the whole walk's console, relative to results.json, when the pair ran as a hop of one"}}},"reproducer":{"type":"string","description":"a command that runs this pair alone"},"startedAt":{"type":"string","format":"date-time"},"expectation":{"$ref":"#/$defs/Expectation"},"abi":{"type":"array","items":{"$ref":"#/$defs/AbiRow"},"description":"the pair's handover formats, one row per component"},"prediction":{"$ref":"#/$defs/Prediction"},"fates":{"type":"array","items":{"$ref":"#/$defs/ComponentFate"},"description":"what became of each handover component the source used, outermost first (README \"Fates\"); absent where the run ended before the target could show it (a hang, an error, a source that could not start the update)"},"nextUpdate":{"$ref":"#/$defs/NextUpdate"},"explanation":{"type":"string","description":"for a verdict other than compatible: the component and the two strings that decided it"},"handover":{"type":"object","additionalProperties":false,"description":"the KHO state the agent read in debugfs","properties":{"offered":{"type":"array","items":{"$ref":"#/$defs/Blob"},"description":"source, kho/out, just before the kexec"},"received":{"type":"array","items":{"$ref":"#/$defs/Blob"},"description":"target, kho/in"},"targetOwn":{"type":"array","items":{"$ref":"#/$defs/Blob"},"description":"target, kho/out"}},"required":["offered","received","targetOwn"]},"attempts":{"type":"array","items":{"$ref":"#/$defs/Attempt"},"description":"earlier attempts of this pair, retried because their verdict was error or incompatible-hang; the pair's own fields are the last attempt's"},"flaky":{"type":"boolean","description":"the attempts reached different verdicts"},"liveupdateNumber":{"type":"integer","minimum":1,"description":"the target's count of live updates since its last cold boot, as it logged it (\"luo: Retrieved live update data, liveupdate number: N\"); above 1 only for a hop of a walk after earlier live updates"},"khoExecCount":{"type":"integer","minimum":1,"description":"the target's count of KHO kexecs, as it logged it (\"KHO: exec from: RELEASE (count N)\", 7.1 and later)"},"chain":{"type":"object","additionalProperties":false,"required":["id","hop","hops"],"description":"the walk this pair ran in, as its hop-th kexec of hops; absent when it ran alone","properties":{"id":{"type":"string"},"hop":{"type":"integer","minimum":1},"hops":{"type":"integer","minimum":1}}},"heirloomsLost":{"type":"object","additionalProperties":false,"required":["walk","hop","evidence"],"description":"this pair's fresh state came back whole, but as the hop-th hop of that walk it did not hand on the heirlooms it received: a kernel bug in handing on retrieved state","properties":{"walk":{"type":"string","description":"the walk's id (chains[])"},"hop":{"type":"integer","minimum":1},"evidence":{"type":"string"}}}}};
const schema39 = {"type":"object","additionalProperties":false,"required":["id","release"],"properties":{"id":{"type":"string"},"release":{"type":"string"}}};
const schema42 = {"description":"compatible: all preserved state came back verified; incompatible-clean: the target ignored or refused the handover and booted without it; incompatible-panic: a kernel panicked; incompatible-hang: the guest stopped making progress; data-loss: the target restored something but not all of it intact; unsupported: the source cannot start a live update; error: luqual or the host failed.","enum":["compatible","incompatible-clean","incompatible-panic","incompatible-hang","data-loss","unsupported","error"]};
const schema47 = {"type":"object","description":"Seconds spent in each phase of the QEMU run; a phase the run never reached is absent.","additionalProperties":false,"required":["total"],"properties":{"boot":{"type":"number","description":"QEMU start to the agent's first line on the source; absent for a hop of a walk but the first (its source was booted by the kexec before)"},"stage1":{"type":"number","description":"preserving state and loading the target"},"kexec":{"type":"number","description":"from the reboot into the target to the agent's first line there"},"stage2":{"type":"number","description":"retrieving and verifying state"},"shutdown":{"type":"number"},"total":{"type":"number"}}};
const schema50 = {"type":"object","additionalProperties":false,"required":["component","source","target","status","evidence"],"properties":{"component":{"type":"string","description":"a handover format family: kho, luo, memfd, ..."},"source":{"type":"array","items":{"type":"string"},"description":"the strings the source writes"},"target":{"type":"array","items":{"type":"string"},"description":"the strings the target accepts"},"status":{"enum":["match","mismatch","absent-on-target","absent-on-source"]},"evidence":{"type":"array","items":{"type":"string"},"description":"kernel log lines that name these strings"}}};
const schema56 = {"type":"object","additionalProperties":false,"required":["state","evidence"],"description":"after the update: whether the target can start a live update of its own (its /dev/liveupdate opens and takes a new session)","properties":{"state":{"enum":["ready","unusable","unknown"],"description":"unknown: the target did not get that far, or its agent (version 2 and older) did not check"},"evidence":{"type":"string"}}};
const schema57 = {"type":"object","additionalProperties":false,"required":["path","size","format"],"properties":{"path":{"type":"string"},"size":{"type":"integer"},"format":{"enum":["fdt","luo-header","text","binary","unreadable"]},"compatible":{"type":"string"},"nodes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["path","compatible"],"properties":{"path":{"type":"string"},"compatible":{"type":"string"}}}},"liveupdateNumber":{"type":"integer"},"text":{"type":"string"},"error":{"type":"string"}}};
const schema43 = {"type":"object","additionalProperties":false,"required":["name","status","tests"],"properties":{"name":{"type":"string"},"status":{"$ref":"#/$defs/Status"},"reason":{"type":"string"},"tests":{"type":"array","items":{"$ref":"#/$defs/Test"}}}};
const schema44 = {"enum":["pass","fail","skip"]};
const schema45 = {"type":"object","additionalProperties":false,"required":["name","status"],"properties":{"name":{"type":"string"},"status":{"$ref":"#/$defs/Status"},"reason":{"type":"string"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "status")) || (key0 === "reason"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.status !== undefined){
let data1 = data.status;
if(!(((data1 === "pass") || (data1 === "fail")) || (data1 === "skip"))){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/Status/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err5 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tests === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tests"},message:"must have required property '"+"tests"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "status")) || (key0 === "reason")) || (key0 === "tests"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.status !== undefined){
let data1 = data.status;
if(!(((data1 === "pass") || (data1 === "fail")) || (data1 === "skip"))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/Status/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err6 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.tests !== undefined){
let data3 = data.tests;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate25(data3[i0], {instancePath:instancePath+"/tests/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/tests",schemaPath:"#/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","additionalProperties":false,"required":["verdicts","met","rule"],"properties":{"verdicts":{"type":"array","items":{"$ref":"#/$defs/Verdict"},"minItems":1,"description":"verdicts the pair had to reach"},"met":{"type":"boolean"},"rule":{"type":"string","description":"the matrix rule that set it, e.g. 'default: policy upgrades'"}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.verdicts === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdicts"},message:"must have required property '"+"verdicts"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.met === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rule === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "verdicts") || (key0 === "met")) || (key0 === "rule"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.verdicts !== undefined){
let data0 = data.verdicts;
if(Array.isArray(data0)){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/verdicts",schemaPath:"#/properties/verdicts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((((((data1 === "compatible") || (data1 === "incompatible-clean")) || (data1 === "incompatible-panic")) || (data1 === "incompatible-hang")) || (data1 === "data-loss")) || (data1 === "unsupported")) || (data1 === "error"))){
const err5 = {instancePath:instancePath+"/verdicts/" + i0,schemaPath:"#/$defs/Verdict/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/verdicts",schemaPath:"#/properties/verdicts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.met !== undefined){
if(typeof data.met !== "boolean"){
const err7 = {instancePath:instancePath+"/met",schemaPath:"#/properties/met/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.rule !== undefined){
if(typeof data.rule !== "string"){
const err8 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"type":"object","additionalProperties":false,"required":["verdict","because","unexpected"],"properties":{"verdict":{"$ref":"#/$defs/Verdict"},"because":{"type":"string"},"unexpected":{"type":"boolean","description":"a component's observed fate differs from its predicted one (named in components), or the verdict differs where no fates were observed: a kernel bug or a luqual bug"},"components":{"type":"array","items":{"type":"string"},"description":"the components whose observed fate differs from the predicted one"}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.verdict === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.because === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "because"},message:"must have required property '"+"because"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.unexpected === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unexpected"},message:"must have required property '"+"unexpected"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "verdict") || (key0 === "because")) || (key0 === "unexpected")) || (key0 === "components"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.verdict !== undefined){
let data0 = data.verdict;
if(!(((((((data0 === "compatible") || (data0 === "incompatible-clean")) || (data0 === "incompatible-panic")) || (data0 === "incompatible-hang")) || (data0 === "data-loss")) || (data0 === "unsupported")) || (data0 === "error"))){
const err4 = {instancePath:instancePath+"/verdict",schemaPath:"#/$defs/Verdict/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.because !== undefined){
if(typeof data.because !== "string"){
const err5 = {instancePath:instancePath+"/because",schemaPath:"#/properties/because/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.unexpected !== undefined){
if(typeof data.unexpected !== "boolean"){
const err6 = {instancePath:instancePath+"/unexpected",schemaPath:"#/properties/unexpected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.components !== undefined){
let data3 = data.components;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err7 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = {"type":"object","additionalProperties":false,"required":["component","fate","evidence"],"properties":{"component":{"type":"string","description":"kho (the KHO root), luo (LUO core with its sessions and FLB), memblock (reserve_mem regions), kho-test (the KHO self-test), or a LUO file handler (memfd, huge-memfd, vfio-pci, iommufd)"},"fate":{"$ref":"#/$defs/Fate"},"evidence":{"type":"string","description":"the kernel log line or the agent's finding behind the fate"},"items":{"type":"integer","minimum":0,"description":"preserved items this component carried"},"lost":{"type":"integer","minimum":0,"description":"of those, how many did not come back intact"},"predicted":{"$ref":"#/$defs/Fate"},"because":{"type":"string","description":"why the handover formats predict that fate"}}};
const schema54 = {"enum":["restored","dropped","refused","panicked","absent"],"description":"restored: the target took the component and gave its items back; dropped: the target booted without it (it lacks the code, or the component holding it was not taken); refused: the target logged that it cannot read its format; panicked: the target panicked before it could give it back; absent: the source carried nothing of it that this pair checks"};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.component === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.fate === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fate"},message:"must have required property '"+"fate"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.evidence === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "component") || (key0 === "fate")) || (key0 === "evidence")) || (key0 === "items")) || (key0 === "lost")) || (key0 === "predicted")) || (key0 === "because"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.component !== undefined){
if(typeof data.component !== "string"){
const err4 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.fate !== undefined){
let data1 = data.fate;
if(!(((((data1 === "restored") || (data1 === "dropped")) || (data1 === "refused")) || (data1 === "panicked")) || (data1 === "absent"))){
const err5 = {instancePath:instancePath+"/fate",schemaPath:"#/$defs/Fate/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.evidence !== undefined){
if(typeof data.evidence !== "string"){
const err6 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.items !== undefined){
let data3 = data.items;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.lost !== undefined){
let data4 = data.lost;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/lost",schemaPath:"#/properties/lost/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/lost",schemaPath:"#/properties/lost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.predicted !== undefined){
let data5 = data.predicted;
if(!(((((data5 === "restored") || (data5 === "dropped")) || (data5 === "refused")) || (data5 === "panicked")) || (data5 === "absent"))){
const err11 = {instancePath:instancePath+"/predicted",schemaPath:"#/$defs/Fate/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.because !== undefined){
if(typeof data.because !== "string"){
const err12 = {instancePath:instancePath+"/because",schemaPath:"#/properties/because/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"type":"object","additionalProperties":false,"required":["verdict","reason","logs"],"properties":{"verdict":{"$ref":"#/$defs/Verdict"},"reason":{"type":"string"},"logs":{"type":"object","additionalProperties":false,"required":["console"],"properties":{"console":{"type":"string"}}}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.verdict === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reason === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.logs === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "logs"},message:"must have required property '"+"logs"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "verdict") || (key0 === "reason")) || (key0 === "logs"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.verdict !== undefined){
let data0 = data.verdict;
if(!(((((((data0 === "compatible") || (data0 === "incompatible-clean")) || (data0 === "incompatible-panic")) || (data0 === "incompatible-hang")) || (data0 === "data-loss")) || (data0 === "unsupported")) || (data0 === "error"))){
const err4 = {instancePath:instancePath+"/verdict",schemaPath:"#/$defs/Verdict/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err5 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.logs !== undefined){
let data2 = data.logs;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.console === undefined){
const err6 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/required",keyword:"required",params:{missingProperty: "console"},message:"must have required property '"+"console"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!(key1 === "console")){
const err7 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.console !== undefined){
if(typeof data2.console !== "string"){
const err8 = {instancePath:instancePath+"/logs/console",schemaPath:"#/properties/logs/properties/console/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.target === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.verdict === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.reason === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.suites === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "suites"},message:"must have required property '"+"suites"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.timings === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timings"},message:"must have required property '"+"timings"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.logs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "logs"},message:"must have required property '"+"logs"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.reproducer === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reproducer"},message:"must have required property '"+"reproducer"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema38.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err9 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/PairKernel/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data0.release === undefined){
const err10 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/PairKernel/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "id") || (key1 === "release"))){
const err11 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/PairKernel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.id !== undefined){
if(typeof data0.id !== "string"){
const err12 = {instancePath:instancePath+"/source/id",schemaPath:"#/$defs/PairKernel/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.release !== undefined){
if(typeof data0.release !== "string"){
const err13 = {instancePath:instancePath+"/source/release",schemaPath:"#/$defs/PairKernel/properties/release/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/PairKernel/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.target !== undefined){
let data3 = data.target;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err15 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/PairKernel/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3.release === undefined){
const err16 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/PairKernel/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "id") || (key2 === "release"))){
const err17 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/PairKernel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.id !== undefined){
if(typeof data3.id !== "string"){
const err18 = {instancePath:instancePath+"/target/id",schemaPath:"#/$defs/PairKernel/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.release !== undefined){
if(typeof data3.release !== "string"){
const err19 = {instancePath:instancePath+"/target/release",schemaPath:"#/$defs/PairKernel/properties/release/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/PairKernel/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.arch !== undefined){
let data6 = data.arch;
if(typeof data6 !== "string"){
const err21 = {instancePath:instancePath+"/arch",schemaPath:"#/$defs/Arch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((data6 === "x86_64") || (data6 === "arm64"))){
const err22 = {instancePath:instancePath+"/arch",schemaPath:"#/$defs/Arch/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.verdict !== undefined){
let data7 = data.verdict;
if(!(((((((data7 === "compatible") || (data7 === "incompatible-clean")) || (data7 === "incompatible-panic")) || (data7 === "incompatible-hang")) || (data7 === "data-loss")) || (data7 === "unsupported")) || (data7 === "error"))){
const err23 = {instancePath:instancePath+"/verdict",schemaPath:"#/$defs/Verdict/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err24 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.evidence !== undefined){
let data9 = data.evidence;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(typeof data9[i0] !== "string"){
const err25 = {instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/properties/evidence/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.phase !== undefined){
if(typeof data.phase !== "string"){
const err27 = {instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.suites !== undefined){
let data12 = data.suites;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(!(validate24(data12[i1], {instancePath:instancePath+"/suites/" + i1,parentData:data12,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/suites",schemaPath:"#/properties/suites/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.timings !== undefined){
let data14 = data.timings;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.total === undefined){
const err29 = {instancePath:instancePath+"/timings",schemaPath:"#/$defs/Timings/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data14){
if(!((((((key3 === "boot") || (key3 === "stage1")) || (key3 === "kexec")) || (key3 === "stage2")) || (key3 === "shutdown")) || (key3 === "total"))){
const err30 = {instancePath:instancePath+"/timings",schemaPath:"#/$defs/Timings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data14.boot !== undefined){
let data15 = data14.boot;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err31 = {instancePath:instancePath+"/timings/boot",schemaPath:"#/$defs/Timings/properties/boot/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data14.stage1 !== undefined){
let data16 = data14.stage1;
if(!((typeof data16 == "number") && (isFinite(data16)))){
const err32 = {instancePath:instancePath+"/timings/stage1",schemaPath:"#/$defs/Timings/properties/stage1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data14.kexec !== undefined){
let data17 = data14.kexec;
if(!((typeof data17 == "number") && (isFinite(data17)))){
const err33 = {instancePath:instancePath+"/timings/kexec",schemaPath:"#/$defs/Timings/properties/kexec/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data14.stage2 !== undefined){
let data18 = data14.stage2;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err34 = {instancePath:instancePath+"/timings/stage2",schemaPath:"#/$defs/Timings/properties/stage2/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data14.shutdown !== undefined){
let data19 = data14.shutdown;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err35 = {instancePath:instancePath+"/timings/shutdown",schemaPath:"#/$defs/Timings/properties/shutdown/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data14.total !== undefined){
let data20 = data14.total;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err36 = {instancePath:instancePath+"/timings/total",schemaPath:"#/$defs/Timings/properties/total/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/timings",schemaPath:"#/$defs/Timings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.logs !== undefined){
let data21 = data.logs;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.console === undefined){
const err38 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/required",keyword:"required",params:{missingProperty: "console"},message:"must have required property '"+"console"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key4 in data21){
if(!(((key4 === "console") || (key4 === "qemu")) || (key4 === "chain"))){
const err39 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data21.console !== undefined){
if(typeof data21.console !== "string"){
const err40 = {instancePath:instancePath+"/logs/console",schemaPath:"#/properties/logs/properties/console/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data21.qemu !== undefined){
if(typeof data21.qemu !== "string"){
const err41 = {instancePath:instancePath+"/logs/qemu",schemaPath:"#/properties/logs/properties/qemu/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data21.chain !== undefined){
if(typeof data21.chain !== "string"){
const err42 = {instancePath:instancePath+"/logs/chain",schemaPath:"#/properties/logs/properties/chain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.reproducer !== undefined){
if(typeof data.reproducer !== "string"){
const err44 = {instancePath:instancePath+"/reproducer",schemaPath:"#/properties/reproducer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.startedAt !== undefined){
let data26 = data.startedAt;
if(typeof data26 === "string"){
if(!(formats0.test(data26))){
const err45 = {instancePath:instancePath+"/startedAt",schemaPath:"#/properties/startedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/startedAt",schemaPath:"#/properties/startedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.expectation !== undefined){
if(!(validate28(data.expectation, {instancePath:instancePath+"/expectation",parentData:data,parentDataProperty:"expectation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.abi !== undefined){
let data28 = data.abi;
if(Array.isArray(data28)){
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
let data29 = data28[i2];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.component === undefined){
const err47 = {instancePath:instancePath+"/abi/" + i2,schemaPath:"#/$defs/AbiRow/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data29.source === undefined){
const err48 = {instancePath:instancePath+"/abi/" + i2,schemaPath:"#/$defs/AbiRow/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data29.target === undefined){
const err49 = {instancePath:instancePath+"/abi/" + i2,schemaPath:"#/$defs/AbiRow/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data29.status === undefined){
const err50 = {instancePath:instancePath+"/abi/" + i2,schemaPath:"#/$defs/AbiRow/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data29.evidence === undefined){
const err51 = {instancePath:instancePath+"/abi/" + i2,schemaPath:"#/$defs/AbiRow/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key5 in data29){
if(!(((((key5 === "component") || (key5 === "source")) || (key5 === "target")) || (key5 === "status")) || (key5 === "evidence"))){
const err52 = {instancePath:instancePath+"/abi/" + i2,schemaPath:"#/$defs/AbiRow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data29.component !== undefined){
if(typeof data29.component !== "string"){
const err53 = {instancePath:instancePath+"/abi/" + i2+"/component",schemaPath:"#/$defs/AbiRow/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data29.source !== undefined){
let data31 = data29.source;
if(Array.isArray(data31)){
const len3 = data31.length;
for(let i3=0; i3<len3; i3++){
if(typeof data31[i3] !== "string"){
const err54 = {instancePath:instancePath+"/abi/" + i2+"/source/" + i3,schemaPath:"#/$defs/AbiRow/properties/source/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/abi/" + i2+"/source",schemaPath:"#/$defs/AbiRow/properties/source/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data29.target !== undefined){
let data33 = data29.target;
if(Array.isArray(data33)){
const len4 = data33.length;
for(let i4=0; i4<len4; i4++){
if(typeof data33[i4] !== "string"){
const err56 = {instancePath:instancePath+"/abi/" + i2+"/target/" + i4,schemaPath:"#/$defs/AbiRow/properties/target/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/abi/" + i2+"/target",schemaPath:"#/$defs/AbiRow/properties/target/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data29.status !== undefined){
let data35 = data29.status;
if(!((((data35 === "match") || (data35 === "mismatch")) || (data35 === "absent-on-target")) || (data35 === "absent-on-source"))){
const err58 = {instancePath:instancePath+"/abi/" + i2+"/status",schemaPath:"#/$defs/AbiRow/properties/status/enum",keyword:"enum",params:{allowedValues: schema50.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data29.evidence !== undefined){
let data36 = data29.evidence;
if(Array.isArray(data36)){
const len5 = data36.length;
for(let i5=0; i5<len5; i5++){
if(typeof data36[i5] !== "string"){
const err59 = {instancePath:instancePath+"/abi/" + i2+"/evidence/" + i5,schemaPath:"#/$defs/AbiRow/properties/evidence/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/abi/" + i2+"/evidence",schemaPath:"#/$defs/AbiRow/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/abi/" + i2,schemaPath:"#/$defs/AbiRow/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/abi",schemaPath:"#/properties/abi/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.prediction !== undefined){
if(!(validate30(data.prediction, {instancePath:instancePath+"/prediction",parentData:data,parentDataProperty:"prediction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.fates !== undefined){
let data39 = data.fates;
if(Array.isArray(data39)){
const len6 = data39.length;
for(let i6=0; i6<len6; i6++){
if(!(validate32(data39[i6], {instancePath:instancePath+"/fates/" + i6,parentData:data39,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err63 = {instancePath:instancePath+"/fates",schemaPath:"#/properties/fates/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.nextUpdate !== undefined){
let data41 = data.nextUpdate;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.state === undefined){
const err64 = {instancePath:instancePath+"/nextUpdate",schemaPath:"#/$defs/NextUpdate/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data41.evidence === undefined){
const err65 = {instancePath:instancePath+"/nextUpdate",schemaPath:"#/$defs/NextUpdate/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key6 in data41){
if(!((key6 === "state") || (key6 === "evidence"))){
const err66 = {instancePath:instancePath+"/nextUpdate",schemaPath:"#/$defs/NextUpdate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data41.state !== undefined){
let data42 = data41.state;
if(!(((data42 === "ready") || (data42 === "unusable")) || (data42 === "unknown"))){
const err67 = {instancePath:instancePath+"/nextUpdate/state",schemaPath:"#/$defs/NextUpdate/properties/state/enum",keyword:"enum",params:{allowedValues: schema56.properties.state.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data41.evidence !== undefined){
if(typeof data41.evidence !== "string"){
const err68 = {instancePath:instancePath+"/nextUpdate/evidence",schemaPath:"#/$defs/NextUpdate/properties/evidence/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/nextUpdate",schemaPath:"#/$defs/NextUpdate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.explanation !== undefined){
if(typeof data.explanation !== "string"){
const err70 = {instancePath:instancePath+"/explanation",schemaPath:"#/properties/explanation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.handover !== undefined){
let data45 = data.handover;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.offered === undefined){
const err71 = {instancePath:instancePath+"/handover",schemaPath:"#/properties/handover/required",keyword:"required",params:{missingProperty: "offered"},message:"must have required property '"+"offered"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data45.received === undefined){
const err72 = {instancePath:instancePath+"/handover",schemaPath:"#/properties/handover/required",keyword:"required",params:{missingProperty: "received"},message:"must have required property '"+"received"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data45.targetOwn === undefined){
const err73 = {instancePath:instancePath+"/handover",schemaPath:"#/properties/handover/required",keyword:"required",params:{missingProperty: "targetOwn"},message:"must have required property '"+"targetOwn"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key7 in data45){
if(!(((key7 === "offered") || (key7 === "received")) || (key7 === "targetOwn"))){
const err74 = {instancePath:instancePath+"/handover",schemaPath:"#/properties/handover/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data45.offered !== undefined){
let data46 = data45.offered;
if(Array.isArray(data46)){
const len7 = data46.length;
for(let i7=0; i7<len7; i7++){
let data47 = data46[i7];
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.path === undefined){
const err75 = {instancePath:instancePath+"/handover/offered/" + i7,schemaPath:"#/$defs/Blob/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data47.size === undefined){
const err76 = {instancePath:instancePath+"/handover/offered/" + i7,schemaPath:"#/$defs/Blob/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data47.format === undefined){
const err77 = {instancePath:instancePath+"/handover/offered/" + i7,schemaPath:"#/$defs/Blob/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
for(const key8 in data47){
if(!((((((((key8 === "path") || (key8 === "size")) || (key8 === "format")) || (key8 === "compatible")) || (key8 === "nodes")) || (key8 === "liveupdateNumber")) || (key8 === "text")) || (key8 === "error"))){
const err78 = {instancePath:instancePath+"/handover/offered/" + i7,schemaPath:"#/$defs/Blob/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data47.path !== undefined){
if(typeof data47.path !== "string"){
const err79 = {instancePath:instancePath+"/handover/offered/" + i7+"/path",schemaPath:"#/$defs/Blob/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data47.size !== undefined){
let data49 = data47.size;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err80 = {instancePath:instancePath+"/handover/offered/" + i7+"/size",schemaPath:"#/$defs/Blob/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data47.format !== undefined){
let data50 = data47.format;
if(!(((((data50 === "fdt") || (data50 === "luo-header")) || (data50 === "text")) || (data50 === "binary")) || (data50 === "unreadable"))){
const err81 = {instancePath:instancePath+"/handover/offered/" + i7+"/format",schemaPath:"#/$defs/Blob/properties/format/enum",keyword:"enum",params:{allowedValues: schema57.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data47.compatible !== undefined){
if(typeof data47.compatible !== "string"){
const err82 = {instancePath:instancePath+"/handover/offered/" + i7+"/compatible",schemaPath:"#/$defs/Blob/properties/compatible/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data47.nodes !== undefined){
let data52 = data47.nodes;
if(Array.isArray(data52)){
const len8 = data52.length;
for(let i8=0; i8<len8; i8++){
let data53 = data52[i8];
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.path === undefined){
const err83 = {instancePath:instancePath+"/handover/offered/" + i7+"/nodes/" + i8,schemaPath:"#/$defs/Blob/properties/nodes/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data53.compatible === undefined){
const err84 = {instancePath:instancePath+"/handover/offered/" + i7+"/nodes/" + i8,schemaPath:"#/$defs/Blob/properties/nodes/items/required",keyword:"required",params:{missingProperty: "compatible"},message:"must have required property '"+"compatible"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
for(const key9 in data53){
if(!((key9 === "path") || (key9 === "compatible"))){
const err85 = {instancePath:instancePath+"/handover/offered/" + i7+"/nodes/" + i8,schemaPath:"#/$defs/Blob/properties/nodes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data53.path !== undefined){
if(typeof data53.path !== "string"){
const err86 = {instancePath:instancePath+"/handover/offered/" + i7+"/nodes/" + i8+"/path",schemaPath:"#/$defs/Blob/properties/nodes/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data53.compatible !== undefined){
if(typeof data53.compatible !== "string"){
const err87 = {instancePath:instancePath+"/handover/offered/" + i7+"/nodes/" + i8+"/compatible",schemaPath:"#/$defs/Blob/properties/nodes/items/properties/compatible/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/handover/offered/" + i7+"/nodes/" + i8,schemaPath:"#/$defs/Blob/properties/nodes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/handover/offered/" + i7+"/nodes",schemaPath:"#/$defs/Blob/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data47.liveupdateNumber !== undefined){
let data56 = data47.liveupdateNumber;
if(!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))){
const err90 = {instancePath:instancePath+"/handover/offered/" + i7+"/liveupdateNumber",schemaPath:"#/$defs/Blob/properties/liveupdateNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data47.text !== undefined){
if(typeof data47.text !== "string"){
const err91 = {instancePath:instancePath+"/handover/offered/" + i7+"/text",schemaPath:"#/$defs/Blob/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data47.error !== undefined){
if(typeof data47.error !== "string"){
const err92 = {instancePath:instancePath+"/handover/offered/" + i7+"/error",schemaPath:"#/$defs/Blob/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/handover/offered/" + i7,schemaPath:"#/$defs/Blob/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/handover/offered",schemaPath:"#/properties/handover/properties/offered/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data45.received !== undefined){
let data59 = data45.received;
if(Array.isArray(data59)){
const len9 = data59.length;
for(let i9=0; i9<len9; i9++){
let data60 = data59[i9];
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.path === undefined){
const err95 = {instancePath:instancePath+"/handover/received/" + i9,schemaPath:"#/$defs/Blob/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data60.size === undefined){
const err96 = {instancePath:instancePath+"/handover/received/" + i9,schemaPath:"#/$defs/Blob/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data60.format === undefined){
const err97 = {instancePath:instancePath+"/handover/received/" + i9,schemaPath:"#/$defs/Blob/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
for(const key10 in data60){
if(!((((((((key10 === "path") || (key10 === "size")) || (key10 === "format")) || (key10 === "compatible")) || (key10 === "nodes")) || (key10 === "liveupdateNumber")) || (key10 === "text")) || (key10 === "error"))){
const err98 = {instancePath:instancePath+"/handover/received/" + i9,schemaPath:"#/$defs/Blob/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data60.path !== undefined){
if(typeof data60.path !== "string"){
const err99 = {instancePath:instancePath+"/handover/received/" + i9+"/path",schemaPath:"#/$defs/Blob/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data60.size !== undefined){
let data62 = data60.size;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err100 = {instancePath:instancePath+"/handover/received/" + i9+"/size",schemaPath:"#/$defs/Blob/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data60.format !== undefined){
let data63 = data60.format;
if(!(((((data63 === "fdt") || (data63 === "luo-header")) || (data63 === "text")) || (data63 === "binary")) || (data63 === "unreadable"))){
const err101 = {instancePath:instancePath+"/handover/received/" + i9+"/format",schemaPath:"#/$defs/Blob/properties/format/enum",keyword:"enum",params:{allowedValues: schema57.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data60.compatible !== undefined){
if(typeof data60.compatible !== "string"){
const err102 = {instancePath:instancePath+"/handover/received/" + i9+"/compatible",schemaPath:"#/$defs/Blob/properties/compatible/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data60.nodes !== undefined){
let data65 = data60.nodes;
if(Array.isArray(data65)){
const len10 = data65.length;
for(let i10=0; i10<len10; i10++){
let data66 = data65[i10];
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.path === undefined){
const err103 = {instancePath:instancePath+"/handover/received/" + i9+"/nodes/" + i10,schemaPath:"#/$defs/Blob/properties/nodes/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data66.compatible === undefined){
const err104 = {instancePath:instancePath+"/handover/received/" + i9+"/nodes/" + i10,schemaPath:"#/$defs/Blob/properties/nodes/items/required",keyword:"required",params:{missingProperty: "compatible"},message:"must have required property '"+"compatible"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
for(const key11 in data66){
if(!((key11 === "path") || (key11 === "compatible"))){
const err105 = {instancePath:instancePath+"/handover/received/" + i9+"/nodes/" + i10,schemaPath:"#/$defs/Blob/properties/nodes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data66.path !== undefined){
if(typeof data66.path !== "string"){
const err106 = {instancePath:instancePath+"/handover/received/" + i9+"/nodes/" + i10+"/path",schemaPath:"#/$defs/Blob/properties/nodes/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data66.compatible !== undefined){
if(typeof data66.compatible !== "string"){
const err107 = {instancePath:instancePath+"/handover/received/" + i9+"/nodes/" + i10+"/compatible",schemaPath:"#/$defs/Blob/properties/nodes/items/properties/compatible/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/handover/received/" + i9+"/nodes/" + i10,schemaPath:"#/$defs/Blob/properties/nodes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/handover/received/" + i9+"/nodes",schemaPath:"#/$defs/Blob/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data60.liveupdateNumber !== undefined){
let data69 = data60.liveupdateNumber;
if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){
const err110 = {instancePath:instancePath+"/handover/received/" + i9+"/liveupdateNumber",schemaPath:"#/$defs/Blob/properties/liveupdateNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data60.text !== undefined){
if(typeof data60.text !== "string"){
const err111 = {instancePath:instancePath+"/handover/received/" + i9+"/text",schemaPath:"#/$defs/Blob/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data60.error !== undefined){
if(typeof data60.error !== "string"){
const err112 = {instancePath:instancePath+"/handover/received/" + i9+"/error",schemaPath:"#/$defs/Blob/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/handover/received/" + i9,schemaPath:"#/$defs/Blob/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/handover/received",schemaPath:"#/properties/handover/properties/received/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data45.targetOwn !== undefined){
let data72 = data45.targetOwn;
if(Array.isArray(data72)){
const len11 = data72.length;
for(let i11=0; i11<len11; i11++){
let data73 = data72[i11];
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.path === undefined){
const err115 = {instancePath:instancePath+"/handover/targetOwn/" + i11,schemaPath:"#/$defs/Blob/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data73.size === undefined){
const err116 = {instancePath:instancePath+"/handover/targetOwn/" + i11,schemaPath:"#/$defs/Blob/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data73.format === undefined){
const err117 = {instancePath:instancePath+"/handover/targetOwn/" + i11,schemaPath:"#/$defs/Blob/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
for(const key12 in data73){
if(!((((((((key12 === "path") || (key12 === "size")) || (key12 === "format")) || (key12 === "compatible")) || (key12 === "nodes")) || (key12 === "liveupdateNumber")) || (key12 === "text")) || (key12 === "error"))){
const err118 = {instancePath:instancePath+"/handover/targetOwn/" + i11,schemaPath:"#/$defs/Blob/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data73.path !== undefined){
if(typeof data73.path !== "string"){
const err119 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/path",schemaPath:"#/$defs/Blob/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data73.size !== undefined){
let data75 = data73.size;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
const err120 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/size",schemaPath:"#/$defs/Blob/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data73.format !== undefined){
let data76 = data73.format;
if(!(((((data76 === "fdt") || (data76 === "luo-header")) || (data76 === "text")) || (data76 === "binary")) || (data76 === "unreadable"))){
const err121 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/format",schemaPath:"#/$defs/Blob/properties/format/enum",keyword:"enum",params:{allowedValues: schema57.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data73.compatible !== undefined){
if(typeof data73.compatible !== "string"){
const err122 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/compatible",schemaPath:"#/$defs/Blob/properties/compatible/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data73.nodes !== undefined){
let data78 = data73.nodes;
if(Array.isArray(data78)){
const len12 = data78.length;
for(let i12=0; i12<len12; i12++){
let data79 = data78[i12];
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(data79.path === undefined){
const err123 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/nodes/" + i12,schemaPath:"#/$defs/Blob/properties/nodes/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data79.compatible === undefined){
const err124 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/nodes/" + i12,schemaPath:"#/$defs/Blob/properties/nodes/items/required",keyword:"required",params:{missingProperty: "compatible"},message:"must have required property '"+"compatible"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
for(const key13 in data79){
if(!((key13 === "path") || (key13 === "compatible"))){
const err125 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/nodes/" + i12,schemaPath:"#/$defs/Blob/properties/nodes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data79.path !== undefined){
if(typeof data79.path !== "string"){
const err126 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/nodes/" + i12+"/path",schemaPath:"#/$defs/Blob/properties/nodes/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data79.compatible !== undefined){
if(typeof data79.compatible !== "string"){
const err127 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/nodes/" + i12+"/compatible",schemaPath:"#/$defs/Blob/properties/nodes/items/properties/compatible/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/nodes/" + i12,schemaPath:"#/$defs/Blob/properties/nodes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/nodes",schemaPath:"#/$defs/Blob/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data73.liveupdateNumber !== undefined){
let data82 = data73.liveupdateNumber;
if(!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))){
const err130 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/liveupdateNumber",schemaPath:"#/$defs/Blob/properties/liveupdateNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data73.text !== undefined){
if(typeof data73.text !== "string"){
const err131 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/text",schemaPath:"#/$defs/Blob/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data73.error !== undefined){
if(typeof data73.error !== "string"){
const err132 = {instancePath:instancePath+"/handover/targetOwn/" + i11+"/error",schemaPath:"#/$defs/Blob/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/handover/targetOwn/" + i11,schemaPath:"#/$defs/Blob/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/handover/targetOwn",schemaPath:"#/properties/handover/properties/targetOwn/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/handover",schemaPath:"#/properties/handover/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data.attempts !== undefined){
let data85 = data.attempts;
if(Array.isArray(data85)){
const len13 = data85.length;
for(let i13=0; i13<len13; i13++){
if(!(validate34(data85[i13], {instancePath:instancePath+"/attempts/" + i13,parentData:data85,parentDataProperty:i13,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err136 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data.flaky !== undefined){
if(typeof data.flaky !== "boolean"){
const err137 = {instancePath:instancePath+"/flaky",schemaPath:"#/properties/flaky/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data.liveupdateNumber !== undefined){
let data88 = data.liveupdateNumber;
if(!(((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88))) && (isFinite(data88)))){
const err138 = {instancePath:instancePath+"/liveupdateNumber",schemaPath:"#/properties/liveupdateNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if((typeof data88 == "number") && (isFinite(data88))){
if(data88 < 1 || isNaN(data88)){
const err139 = {instancePath:instancePath+"/liveupdateNumber",schemaPath:"#/properties/liveupdateNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
if(data.khoExecCount !== undefined){
let data89 = data.khoExecCount;
if(!(((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89))) && (isFinite(data89)))){
const err140 = {instancePath:instancePath+"/khoExecCount",schemaPath:"#/properties/khoExecCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if((typeof data89 == "number") && (isFinite(data89))){
if(data89 < 1 || isNaN(data89)){
const err141 = {instancePath:instancePath+"/khoExecCount",schemaPath:"#/properties/khoExecCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
if(data.chain !== undefined){
let data90 = data.chain;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.id === undefined){
const err142 = {instancePath:instancePath+"/chain",schemaPath:"#/properties/chain/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(data90.hop === undefined){
const err143 = {instancePath:instancePath+"/chain",schemaPath:"#/properties/chain/required",keyword:"required",params:{missingProperty: "hop"},message:"must have required property '"+"hop"+"'"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(data90.hops === undefined){
const err144 = {instancePath:instancePath+"/chain",schemaPath:"#/properties/chain/required",keyword:"required",params:{missingProperty: "hops"},message:"must have required property '"+"hops"+"'"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
for(const key14 in data90){
if(!(((key14 === "id") || (key14 === "hop")) || (key14 === "hops"))){
const err145 = {instancePath:instancePath+"/chain",schemaPath:"#/properties/chain/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data90.id !== undefined){
if(typeof data90.id !== "string"){
const err146 = {instancePath:instancePath+"/chain/id",schemaPath:"#/properties/chain/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data90.hop !== undefined){
let data92 = data90.hop;
if(!(((typeof data92 == "number") && (!(data92 % 1) && !isNaN(data92))) && (isFinite(data92)))){
const err147 = {instancePath:instancePath+"/chain/hop",schemaPath:"#/properties/chain/properties/hop/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if((typeof data92 == "number") && (isFinite(data92))){
if(data92 < 1 || isNaN(data92)){
const err148 = {instancePath:instancePath+"/chain/hop",schemaPath:"#/properties/chain/properties/hop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
if(data90.hops !== undefined){
let data93 = data90.hops;
if(!(((typeof data93 == "number") && (!(data93 % 1) && !isNaN(data93))) && (isFinite(data93)))){
const err149 = {instancePath:instancePath+"/chain/hops",schemaPath:"#/properties/chain/properties/hops/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if((typeof data93 == "number") && (isFinite(data93))){
if(data93 < 1 || isNaN(data93)){
const err150 = {instancePath:instancePath+"/chain/hops",schemaPath:"#/properties/chain/properties/hops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
}
else {
const err151 = {instancePath:instancePath+"/chain",schemaPath:"#/properties/chain/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data.heirloomsLost !== undefined){
let data94 = data.heirloomsLost;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
if(data94.walk === undefined){
const err152 = {instancePath:instancePath+"/heirloomsLost",schemaPath:"#/properties/heirloomsLost/required",keyword:"required",params:{missingProperty: "walk"},message:"must have required property '"+"walk"+"'"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data94.hop === undefined){
const err153 = {instancePath:instancePath+"/heirloomsLost",schemaPath:"#/properties/heirloomsLost/required",keyword:"required",params:{missingProperty: "hop"},message:"must have required property '"+"hop"+"'"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data94.evidence === undefined){
const err154 = {instancePath:instancePath+"/heirloomsLost",schemaPath:"#/properties/heirloomsLost/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
for(const key15 in data94){
if(!(((key15 === "walk") || (key15 === "hop")) || (key15 === "evidence"))){
const err155 = {instancePath:instancePath+"/heirloomsLost",schemaPath:"#/properties/heirloomsLost/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data94.walk !== undefined){
if(typeof data94.walk !== "string"){
const err156 = {instancePath:instancePath+"/heirloomsLost/walk",schemaPath:"#/properties/heirloomsLost/properties/walk/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data94.hop !== undefined){
let data96 = data94.hop;
if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){
const err157 = {instancePath:instancePath+"/heirloomsLost/hop",schemaPath:"#/properties/heirloomsLost/properties/hop/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 < 1 || isNaN(data96)){
const err158 = {instancePath:instancePath+"/heirloomsLost/hop",schemaPath:"#/properties/heirloomsLost/properties/hop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
if(data94.evidence !== undefined){
if(typeof data94.evidence !== "string"){
const err159 = {instancePath:instancePath+"/heirloomsLost/evidence",schemaPath:"#/properties/heirloomsLost/properties/evidence/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/heirloomsLost",schemaPath:"#/properties/heirloomsLost/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"type":"object","additionalProperties":false,"required":["source","target","change"],"properties":{"source":{"type":"string"},"target":{"type":"string"},"before":{"$ref":"#/$defs/Verdict"},"after":{"$ref":"#/$defs/Verdict"},"change":{"enum":["regression","fixed","unchanged","new","gone"]},"releases":{"type":"object","additionalProperties":false,"description":"the kernels whose release changed under the same id since the baseline (a stable update): the id is the kernel's identity","properties":{"source":{"$ref":"#/$defs/ReleaseChange"},"target":{"$ref":"#/$defs/ReleaseChange"}}},"tests":{"type":"object","additionalProperties":false,"required":["regressed","fixed"],"description":"suite tests (suite/test) that passed in the baseline and fail now, and the reverse, whatever the verdict did","properties":{"regressed":{"type":"array","items":{"type":"string"}},"fixed":{"type":"array","items":{"type":"string"}}}},"seconds":{"type":"object","additionalProperties":false,"required":["before","after"],"description":"the pair's total time, where it changed by more than half and by more than 2 s; timing never fails a run","properties":{"before":{"type":"number"},"after":{"type":"number"}}}}};
const schema65 = {"type":"object","additionalProperties":false,"required":["before","after"],"properties":{"before":{"type":"string"},"after":{"type":"string"}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.target === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.change === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "source") || (key0 === "target")) || (key0 === "before")) || (key0 === "after")) || (key0 === "change")) || (key0 === "releases")) || (key0 === "tests")) || (key0 === "seconds"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.source !== undefined){
if(typeof data.source !== "string"){
const err4 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.target !== undefined){
if(typeof data.target !== "string"){
const err5 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.before !== undefined){
let data2 = data.before;
if(!(((((((data2 === "compatible") || (data2 === "incompatible-clean")) || (data2 === "incompatible-panic")) || (data2 === "incompatible-hang")) || (data2 === "data-loss")) || (data2 === "unsupported")) || (data2 === "error"))){
const err6 = {instancePath:instancePath+"/before",schemaPath:"#/$defs/Verdict/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.after !== undefined){
let data3 = data.after;
if(!(((((((data3 === "compatible") || (data3 === "incompatible-clean")) || (data3 === "incompatible-panic")) || (data3 === "incompatible-hang")) || (data3 === "data-loss")) || (data3 === "unsupported")) || (data3 === "error"))){
const err7 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/Verdict/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.change !== undefined){
let data4 = data.change;
if(!(((((data4 === "regression") || (data4 === "fixed")) || (data4 === "unchanged")) || (data4 === "new")) || (data4 === "gone"))){
const err8 = {instancePath:instancePath+"/change",schemaPath:"#/properties/change/enum",keyword:"enum",params:{allowedValues: schema62.properties.change.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.releases !== undefined){
let data5 = data.releases;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!((key1 === "source") || (key1 === "target"))){
const err9 = {instancePath:instancePath+"/releases",schemaPath:"#/properties/releases/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data5.source !== undefined){
let data6 = data5.source;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.before === undefined){
const err10 = {instancePath:instancePath+"/releases/source",schemaPath:"#/$defs/ReleaseChange/required",keyword:"required",params:{missingProperty: "before"},message:"must have required property '"+"before"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data6.after === undefined){
const err11 = {instancePath:instancePath+"/releases/source",schemaPath:"#/$defs/ReleaseChange/required",keyword:"required",params:{missingProperty: "after"},message:"must have required property '"+"after"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data6){
if(!((key2 === "before") || (key2 === "after"))){
const err12 = {instancePath:instancePath+"/releases/source",schemaPath:"#/$defs/ReleaseChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.before !== undefined){
if(typeof data6.before !== "string"){
const err13 = {instancePath:instancePath+"/releases/source/before",schemaPath:"#/$defs/ReleaseChange/properties/before/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.after !== undefined){
if(typeof data6.after !== "string"){
const err14 = {instancePath:instancePath+"/releases/source/after",schemaPath:"#/$defs/ReleaseChange/properties/after/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/releases/source",schemaPath:"#/$defs/ReleaseChange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.target !== undefined){
let data9 = data5.target;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.before === undefined){
const err16 = {instancePath:instancePath+"/releases/target",schemaPath:"#/$defs/ReleaseChange/required",keyword:"required",params:{missingProperty: "before"},message:"must have required property '"+"before"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data9.after === undefined){
const err17 = {instancePath:instancePath+"/releases/target",schemaPath:"#/$defs/ReleaseChange/required",keyword:"required",params:{missingProperty: "after"},message:"must have required property '"+"after"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key3 in data9){
if(!((key3 === "before") || (key3 === "after"))){
const err18 = {instancePath:instancePath+"/releases/target",schemaPath:"#/$defs/ReleaseChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.before !== undefined){
if(typeof data9.before !== "string"){
const err19 = {instancePath:instancePath+"/releases/target/before",schemaPath:"#/$defs/ReleaseChange/properties/before/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.after !== undefined){
if(typeof data9.after !== "string"){
const err20 = {instancePath:instancePath+"/releases/target/after",schemaPath:"#/$defs/ReleaseChange/properties/after/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/releases/target",schemaPath:"#/$defs/ReleaseChange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/releases",schemaPath:"#/properties/releases/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.tests !== undefined){
let data12 = data.tests;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.regressed === undefined){
const err23 = {instancePath:instancePath+"/tests",schemaPath:"#/properties/tests/required",keyword:"required",params:{missingProperty: "regressed"},message:"must have required property '"+"regressed"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12.fixed === undefined){
const err24 = {instancePath:instancePath+"/tests",schemaPath:"#/properties/tests/required",keyword:"required",params:{missingProperty: "fixed"},message:"must have required property '"+"fixed"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key4 in data12){
if(!((key4 === "regressed") || (key4 === "fixed"))){
const err25 = {instancePath:instancePath+"/tests",schemaPath:"#/properties/tests/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.regressed !== undefined){
let data13 = data12.regressed;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
if(typeof data13[i0] !== "string"){
const err26 = {instancePath:instancePath+"/tests/regressed/" + i0,schemaPath:"#/properties/tests/properties/regressed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/tests/regressed",schemaPath:"#/properties/tests/properties/regressed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data12.fixed !== undefined){
let data15 = data12.fixed;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
if(typeof data15[i1] !== "string"){
const err28 = {instancePath:instancePath+"/tests/fixed/" + i1,schemaPath:"#/properties/tests/properties/fixed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/tests/fixed",schemaPath:"#/properties/tests/properties/fixed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/tests",schemaPath:"#/properties/tests/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.seconds !== undefined){
let data17 = data.seconds;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.before === undefined){
const err31 = {instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/required",keyword:"required",params:{missingProperty: "before"},message:"must have required property '"+"before"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data17.after === undefined){
const err32 = {instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/required",keyword:"required",params:{missingProperty: "after"},message:"must have required property '"+"after"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key5 in data17){
if(!((key5 === "before") || (key5 === "after"))){
const err33 = {instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data17.before !== undefined){
let data18 = data17.before;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err34 = {instancePath:instancePath+"/seconds/before",schemaPath:"#/properties/seconds/properties/before/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data17.after !== undefined){
let data19 = data17.after;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err35 = {instancePath:instancePath+"/seconds/after",schemaPath:"#/properties/seconds/properties/after/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema67 = {"type":"object","additionalProperties":false,"required":["id","kernels","ran","kept","seconds","logs","end"],"description":"one QEMU run through a walk of kernels","properties":{"id":{"$ref":"#/$defs/RunId"},"kernels":{"type":"array","items":{"type":"string"},"description":"kernel ids in walk order: kernels[i] -> kernels[i+1] is its (i+1)-th hop"},"ran":{"type":"integer","minimum":0,"description":"hops whose result the run reached"},"kept":{"type":"integer","minimum":0,"description":"hops kept as their pair's result; the rest were run again in other walks"},"seconds":{"type":"number","description":"how long QEMU ran"},"end":{"type":"string","description":"why the walk ended where it did, in words"},"logs":{"type":"object","additionalProperties":false,"required":["console"],"properties":{"console":{"type":"string","description":"relative to results.json"},"qemu":{"type":"string"}}},"heirlooms":{"$ref":"#/$defs/PathOutcome","description":"what became of the heirlooms the walk's first kernel made (every walk carries them where its suites have any)"}}};
const schema68 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*$","maxLength":80,"description":"luqual names walks and paths itself (chain-3, shard-2-path-1): only these characters, so that an id made into a file name stays one"};
const func4 = ajvRuntime_ucs2length.default;
const pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._+-]*$", "u");
const schema69 = {"type":"object","additionalProperties":false,"required":["verdict","reason"],"properties":{"verdict":{"$ref":"#/$defs/Verdict"},"reason":{"type":"string"},"brokeAt":{"type":"integer","minimum":1,"description":"the hop at which the heirlooms were lost"}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.verdict === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reason === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "verdict") || (key0 === "reason")) || (key0 === "brokeAt"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.verdict !== undefined){
let data0 = data.verdict;
if(!(((((((data0 === "compatible") || (data0 === "incompatible-clean")) || (data0 === "incompatible-panic")) || (data0 === "incompatible-hang")) || (data0 === "data-loss")) || (data0 === "unsupported")) || (data0 === "error"))){
const err3 = {instancePath:instancePath+"/verdict",schemaPath:"#/$defs/Verdict/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err4 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.brokeAt !== undefined){
let data2 = data.brokeAt;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/brokeAt",schemaPath:"#/properties/brokeAt/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/brokeAt",schemaPath:"#/properties/brokeAt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kernels === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kernels"},message:"must have required property '"+"kernels"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.ran === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ran"},message:"must have required property '"+"ran"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.kept === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kept"},message:"must have required property '"+"kept"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.seconds === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seconds"},message:"must have required property '"+"seconds"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.logs === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "logs"},message:"must have required property '"+"logs"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.end === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "kernels")) || (key0 === "ran")) || (key0 === "kept")) || (key0 === "seconds")) || (key0 === "end")) || (key0 === "logs")) || (key0 === "heirlooms"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func4(data0) > 80){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/RunId/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern8.test(data0)){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/RunId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]*$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kernels !== undefined){
let data1 = data.kernels;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err11 = {instancePath:instancePath+"/kernels/" + i0,schemaPath:"#/properties/kernels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/kernels",schemaPath:"#/properties/kernels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ran !== undefined){
let data3 = data.ran;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/ran",schemaPath:"#/properties/ran/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/ran",schemaPath:"#/properties/ran/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.kept !== undefined){
let data4 = data.kept;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/kept",schemaPath:"#/properties/kept/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/kept",schemaPath:"#/properties/kept/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.seconds !== undefined){
let data5 = data.seconds;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.end !== undefined){
if(typeof data.end !== "string"){
const err18 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.logs !== undefined){
let data7 = data.logs;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.console === undefined){
const err19 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/required",keyword:"required",params:{missingProperty: "console"},message:"must have required property '"+"console"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "console") || (key1 === "qemu"))){
const err20 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.console !== undefined){
if(typeof data7.console !== "string"){
const err21 = {instancePath:instancePath+"/logs/console",schemaPath:"#/properties/logs/properties/console/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.qemu !== undefined){
if(typeof data7.qemu !== "string"){
const err22 = {instancePath:instancePath+"/logs/qemu",schemaPath:"#/properties/logs/properties/qemu/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.heirlooms !== undefined){
if(!(validate40(data.heirlooms, {instancePath:instancePath+"/heirlooms",parentData:data,parentDataProperty:"heirlooms",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"type":"object","additionalProperties":false,"required":["id","kernels","origin","verdict","reason","hops"],"description":"a sequence of kernels run as one walk with heirlooms: whether the state born on the first arrived on the last","properties":{"id":{"$ref":"#/$defs/RunId"},"kernels":{"type":"array","items":{"type":"string"}},"origin":{"enum":["declared","route"],"description":"declared: listed under paths: in matrix.yaml; route: found in the grid by luqual and run to verify it"},"verdict":{"$ref":"#/$defs/Verdict"},"reason":{"type":"string"},"brokeAt":{"type":"integer","minimum":1},"hops":{"type":"array","items":{"$ref":"#/$defs/PathHop"}},"chain":{"type":"string","description":"the id of the walk (chains[]) that ran it, with its logs"},"expectation":{"$ref":"#/$defs/Expectation"}}};
const schema74 = {"type":"object","additionalProperties":false,"required":["hop","source","target","pairVerdict","state","handedOn","arrived","evidence"],"description":"one hop of a path: what became of the heirlooms on it, beside the hop's own verdict as a pair","properties":{"hop":{"type":"integer","minimum":1},"source":{"type":"string"},"target":{"type":"string"},"pairVerdict":{"$ref":"#/$defs/Verdict","description":"the hop judged as a pair, from its fresh state alone"},"state":{"enum":["carried","lost","not-handed-on","none","unknown"],"description":"carried: every heirloom the source handed on arrived intact; lost: some did not; not-handed-on: the source could not preserve some (errno in evidence); none: no heirloom reached the source; unknown: the target never checked"},"handedOn":{"type":"integer","minimum":0},"arrived":{"type":"integer","minimum":0,"description":"of those handed on, how many the target verified"},"evidence":{"type":"string"}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hop === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hop"},message:"must have required property '"+"hop"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.target === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.pairVerdict === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pairVerdict"},message:"must have required property '"+"pairVerdict"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.state === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.handedOn === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handedOn"},message:"must have required property '"+"handedOn"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.arrived === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "arrived"},message:"must have required property '"+"arrived"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.evidence === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "hop") || (key0 === "source")) || (key0 === "target")) || (key0 === "pairVerdict")) || (key0 === "state")) || (key0 === "handedOn")) || (key0 === "arrived")) || (key0 === "evidence"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.hop !== undefined){
let data0 = data.hop;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err9 = {instancePath:instancePath+"/hop",schemaPath:"#/properties/hop/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err10 = {instancePath:instancePath+"/hop",schemaPath:"#/properties/hop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.source !== undefined){
if(typeof data.source !== "string"){
const err11 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.target !== undefined){
if(typeof data.target !== "string"){
const err12 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.pairVerdict !== undefined){
let data3 = data.pairVerdict;
if(!(((((((data3 === "compatible") || (data3 === "incompatible-clean")) || (data3 === "incompatible-panic")) || (data3 === "incompatible-hang")) || (data3 === "data-loss")) || (data3 === "unsupported")) || (data3 === "error"))){
const err13 = {instancePath:instancePath+"/pairVerdict",schemaPath:"#/$defs/Verdict/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.state !== undefined){
let data4 = data.state;
if(!(((((data4 === "carried") || (data4 === "lost")) || (data4 === "not-handed-on")) || (data4 === "none")) || (data4 === "unknown"))){
const err14 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema74.properties.state.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.handedOn !== undefined){
let data5 = data.handedOn;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/handedOn",schemaPath:"#/properties/handedOn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/handedOn",schemaPath:"#/properties/handedOn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.arrived !== undefined){
let data6 = data.arrived;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err17 = {instancePath:instancePath+"/arrived",schemaPath:"#/properties/arrived/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/arrived",schemaPath:"#/properties/arrived/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.evidence !== undefined){
if(typeof data.evidence !== "string"){
const err19 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kernels === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kernels"},message:"must have required property '"+"kernels"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.origin === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "origin"},message:"must have required property '"+"origin"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.verdict === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.reason === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.hops === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hops"},message:"must have required property '"+"hops"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema71.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func4(data0) > 80){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/RunId/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern8.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/RunId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]*$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kernels !== undefined){
let data1 = data.kernels;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err10 = {instancePath:instancePath+"/kernels/" + i0,schemaPath:"#/properties/kernels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/kernels",schemaPath:"#/properties/kernels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.origin !== undefined){
let data3 = data.origin;
if(!((data3 === "declared") || (data3 === "route"))){
const err12 = {instancePath:instancePath+"/origin",schemaPath:"#/properties/origin/enum",keyword:"enum",params:{allowedValues: schema71.properties.origin.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.verdict !== undefined){
let data4 = data.verdict;
if(!(((((((data4 === "compatible") || (data4 === "incompatible-clean")) || (data4 === "incompatible-panic")) || (data4 === "incompatible-hang")) || (data4 === "data-loss")) || (data4 === "unsupported")) || (data4 === "error"))){
const err13 = {instancePath:instancePath+"/verdict",schemaPath:"#/$defs/Verdict/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err14 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.brokeAt !== undefined){
let data6 = data.brokeAt;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err15 = {instancePath:instancePath+"/brokeAt",schemaPath:"#/properties/brokeAt/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/brokeAt",schemaPath:"#/properties/brokeAt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.hops !== undefined){
let data7 = data.hops;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate44(data7[i1], {instancePath:instancePath+"/hops/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/hops",schemaPath:"#/properties/hops/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.chain !== undefined){
if(typeof data.chain !== "string"){
const err18 = {instancePath:instancePath+"/chain",schemaPath:"#/properties/chain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.expectation !== undefined){
if(!(validate28(data.expectation, {instancePath:instancePath+"/expectation",parentData:data,parentDataProperty:"expectation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="luqual:results" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.luqual === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "luqual"},message:"must have required property '"+"luqual"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.startedAt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "startedAt"},message:"must have required property '"+"startedAt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.host === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.kernels === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kernels"},message:"must have required property '"+"kernels"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.pairs === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pairs"},message:"must have required property '"+"pairs"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err7 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.luqual !== undefined){
if(typeof data.luqual !== "string"){
const err8 = {instancePath:instancePath+"/luqual",schemaPath:"#/properties/luqual/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.startedAt !== undefined){
let data2 = data.startedAt;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err9 = {instancePath:instancePath+"/startedAt",schemaPath:"#/properties/startedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/startedAt",schemaPath:"#/properties/startedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.finishedAt !== undefined){
let data3 = data.finishedAt;
if(typeof data3 === "string"){
if(!(formats0.test(data3))){
const err11 = {instancePath:instancePath+"/finishedAt",schemaPath:"#/properties/finishedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/finishedAt",schemaPath:"#/properties/finishedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.host !== undefined){
let data4 = data.host;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.hostname === undefined){
const err13 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/Host/required",keyword:"required",params:{missingProperty: "hostname"},message:"must have required property '"+"hostname"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.kernel === undefined){
const err14 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/Host/required",keyword:"required",params:{missingProperty: "kernel"},message:"must have required property '"+"kernel"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.qemu === undefined){
const err15 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/Host/required",keyword:"required",params:{missingProperty: "qemu"},message:"must have required property '"+"qemu"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.accel === undefined){
const err16 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/Host/required",keyword:"required",params:{missingProperty: "accel"},message:"must have required property '"+"accel"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data4){
if(!((((key1 === "hostname") || (key1 === "kernel")) || (key1 === "qemu")) || (key1 === "accel"))){
const err17 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/Host/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.hostname !== undefined){
if(typeof data4.hostname !== "string"){
const err18 = {instancePath:instancePath+"/host/hostname",schemaPath:"#/$defs/Host/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.kernel !== undefined){
if(typeof data4.kernel !== "string"){
const err19 = {instancePath:instancePath+"/host/kernel",schemaPath:"#/$defs/Host/properties/kernel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.qemu !== undefined){
if(typeof data4.qemu !== "string"){
const err20 = {instancePath:instancePath+"/host/qemu",schemaPath:"#/$defs/Host/properties/qemu/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.accel !== undefined){
let data8 = data4.accel;
if(!((data8 === "tcg") || (data8 === "kvm"))){
const err21 = {instancePath:instancePath+"/host/accel",schemaPath:"#/$defs/Host/properties/accel/enum",keyword:"enum",params:{allowedValues: schema32.properties.accel.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/Host/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.kernels !== undefined){
let data9 = data.kernels;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data9[i0], {instancePath:instancePath+"/kernels/" + i0,parentData:data9,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/kernels",schemaPath:"#/properties/kernels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.pairs !== undefined){
let data11 = data.pairs;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate23(data11[i1], {instancePath:instancePath+"/pairs/" + i1,parentData:data11,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.matrix !== undefined){
if(typeof data.matrix !== "string"){
const err25 = {instancePath:instancePath+"/matrix",schemaPath:"#/properties/matrix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.matrixSha256 !== undefined){
let data14 = data.matrixSha256;
if(typeof data14 === "string"){
if(!pattern4.test(data14)){
const err26 = {instancePath:instancePath+"/matrixSha256",schemaPath:"#/properties/matrixSha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/matrixSha256",schemaPath:"#/properties/matrixSha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.interrupted !== undefined){
if(typeof data.interrupted !== "boolean"){
const err28 = {instancePath:instancePath+"/interrupted",schemaPath:"#/properties/interrupted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.comparison !== undefined){
let data16 = data.comparison;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.baseline === undefined){
const err29 = {instancePath:instancePath+"/comparison",schemaPath:"#/properties/comparison/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data16.changes === undefined){
const err30 = {instancePath:instancePath+"/comparison",schemaPath:"#/properties/comparison/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key2 in data16){
if(!((key2 === "baseline") || (key2 === "changes"))){
const err31 = {instancePath:instancePath+"/comparison",schemaPath:"#/properties/comparison/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data16.baseline !== undefined){
if(typeof data16.baseline !== "string"){
const err32 = {instancePath:instancePath+"/comparison/baseline",schemaPath:"#/properties/comparison/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data16.changes !== undefined){
let data18 = data16.changes;
if(Array.isArray(data18)){
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
if(!(validate37(data18[i2], {instancePath:instancePath+"/comparison/changes/" + i2,parentData:data18,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/comparison/changes",schemaPath:"#/properties/comparison/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/comparison",schemaPath:"#/properties/comparison/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.shard !== undefined){
let data20 = data.shard;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.index === undefined){
const err35 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data20.count === undefined){
const err36 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key3 in data20){
if(!((key3 === "index") || (key3 === "count"))){
const err37 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data20.index !== undefined){
let data21 = data20.index;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err38 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 1 || isNaN(data21)){
const err39 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data20.count !== undefined){
let data22 = data20.count;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err40 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 1 || isNaN(data22)){
const err41 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.merged !== undefined){
let data23 = data.merged;
if(Array.isArray(data23)){
const len3 = data23.length;
for(let i3=0; i3<len3; i3++){
if(typeof data23[i3] !== "string"){
const err43 = {instancePath:instancePath+"/merged/" + i3,schemaPath:"#/properties/merged/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/merged",schemaPath:"#/properties/merged/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.chains !== undefined){
let data25 = data.chains;
if(Array.isArray(data25)){
const len4 = data25.length;
for(let i4=0; i4<len4; i4++){
if(!(validate39(data25[i4], {instancePath:instancePath+"/chains/" + i4,parentData:data25,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err45 = {instancePath:instancePath+"/chains",schemaPath:"#/properties/chains/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.paths !== undefined){
let data27 = data.paths;
if(Array.isArray(data27)){
const len5 = data27.length;
for(let i5=0; i5<len5; i5++){
if(!(validate43(data27[i5], {instancePath:instancePath+"/paths/" + i5,parentData:data27,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err46 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.routes !== undefined){
let data29 = data.routes;
if(Array.isArray(data29)){
const len6 = data29.length;
for(let i6=0; i6<len6; i6++){
let data30 = data29[i6];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.from === undefined){
const err47 = {instancePath:instancePath+"/routes/" + i6,schemaPath:"#/$defs/Route/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data30.to === undefined){
const err48 = {instancePath:instancePath+"/routes/" + i6,schemaPath:"#/$defs/Route/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data30.status === undefined){
const err49 = {instancePath:instancePath+"/routes/" + i6,schemaPath:"#/$defs/Route/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key4 in data30){
if(!((((((key4 === "from") || (key4 === "to")) || (key4 === "status")) || (key4 === "kernels")) || (key4 === "path")) || (key4 === "coldReboot"))){
const err50 = {instancePath:instancePath+"/routes/" + i6,schemaPath:"#/$defs/Route/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data30.from !== undefined){
if(typeof data30.from !== "string"){
const err51 = {instancePath:instancePath+"/routes/" + i6+"/from",schemaPath:"#/$defs/Route/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data30.to !== undefined){
if(typeof data30.to !== "string"){
const err52 = {instancePath:instancePath+"/routes/" + i6+"/to",schemaPath:"#/$defs/Route/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data30.status !== undefined){
let data33 = data30.status;
if(!(((((data33 === "direct") || (data33 === "verified")) || (data33 === "refuted")) || (data33 === "untested")) || (data33 === "none"))){
const err53 = {instancePath:instancePath+"/routes/" + i6+"/status",schemaPath:"#/$defs/Route/properties/status/enum",keyword:"enum",params:{allowedValues: schema76.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data30.kernels !== undefined){
let data34 = data30.kernels;
if(Array.isArray(data34)){
const len7 = data34.length;
for(let i7=0; i7<len7; i7++){
if(typeof data34[i7] !== "string"){
const err54 = {instancePath:instancePath+"/routes/" + i6+"/kernels/" + i7,schemaPath:"#/$defs/Route/properties/kernels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/routes/" + i6+"/kernels",schemaPath:"#/$defs/Route/properties/kernels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data30.path !== undefined){
if(typeof data30.path !== "string"){
const err56 = {instancePath:instancePath+"/routes/" + i6+"/path",schemaPath:"#/$defs/Route/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data30.coldReboot !== undefined){
let data37 = data30.coldReboot;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.source === undefined){
const err57 = {instancePath:instancePath+"/routes/" + i6+"/coldReboot",schemaPath:"#/$defs/Route/properties/coldReboot/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data37.target === undefined){
const err58 = {instancePath:instancePath+"/routes/" + i6+"/coldReboot",schemaPath:"#/$defs/Route/properties/coldReboot/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data37.because === undefined){
const err59 = {instancePath:instancePath+"/routes/" + i6+"/coldReboot",schemaPath:"#/$defs/Route/properties/coldReboot/required",keyword:"required",params:{missingProperty: "because"},message:"must have required property '"+"because"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key5 in data37){
if(!(((key5 === "source") || (key5 === "target")) || (key5 === "because"))){
const err60 = {instancePath:instancePath+"/routes/" + i6+"/coldReboot",schemaPath:"#/$defs/Route/properties/coldReboot/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data37.source !== undefined){
if(typeof data37.source !== "string"){
const err61 = {instancePath:instancePath+"/routes/" + i6+"/coldReboot/source",schemaPath:"#/$defs/Route/properties/coldReboot/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data37.target !== undefined){
if(typeof data37.target !== "string"){
const err62 = {instancePath:instancePath+"/routes/" + i6+"/coldReboot/target",schemaPath:"#/$defs/Route/properties/coldReboot/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data37.because !== undefined){
if(typeof data37.because !== "string"){
const err63 = {instancePath:instancePath+"/routes/" + i6+"/coldReboot/because",schemaPath:"#/$defs/Route/properties/coldReboot/properties/because/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/routes/" + i6+"/coldReboot",schemaPath:"#/$defs/Route/properties/coldReboot/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/routes/" + i6,schemaPath:"#/$defs/Route/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/routes",schemaPath:"#/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
