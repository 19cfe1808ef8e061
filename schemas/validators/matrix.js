// Generated from schemas/matrix.schema.json (with schemas/results.schema.json) by `npm run gen:types`
// (scripts/gen-types.ts, ajv 8.20.0 standalone code). Do not edit.
import ajvRuntime_ucs2length from 'ajv/dist/runtime/ucs2length.js';
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"luqual:matrix","title":"Matrix","description":"A luqual matrix: the kernels to qualify, which (source, target) pairs to live-update, and what each pair must reach.","type":"object","additionalProperties":false,"required":["kernels"],"properties":{"kernels":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/KernelEntry"}},"pairs":{"$ref":"#/$defs/Pairs"},"expect":{"type":"array","description":"Verdicts pairs must reach. Default: every upgrade (older to newer) must be compatible.","items":{"$ref":"#/$defs/Expectation"}},"suites":{"type":"array","description":"Suites to run in every pair (default: every suite under suites/).","minItems":1,"items":{"type":"string","pattern":"^[a-z][a-z0-9-]*$"}},"qemu":{"$ref":"#/$defs/Qemu"},"timeouts":{"$ref":"#/$defs/Timeouts"},"parallel":{"type":"integer","minimum":1,"maximum":64,"description":"Pairs run at once (default: the host's CPU count under TCG, where a guest uses one host thread; divided by the guest's CPUs under KVM)."},"retries":{"type":"integer","minimum":0,"maximum":5,"description":"Extra attempts for a pair whose verdict is error or incompatible-hang (default 1). A pair whose attempts disagree is marked flaky."},"paths":{"type":"array","description":"upgrade paths to run as walks with heirlooms whatever the grid says: each a list of kernel ids, first to last (README \"Upgrade paths\")","items":{"$ref":"#/$defs/PathRef"}}},"$defs":{"KernelId":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*$","maxLength":64},"KernelEntry":{"type":"object","additionalProperties":false,"required":["id","ref"],"properties":{"id":{"$ref":"#/$defs/KernelId","description":"the name used in pairs, tables and `luqual pair --matrix`"},"ref":{"type":"string","minLength":1,"description":"a kernel reference: debian-src:VERSION, debian:VERSION or a path to a bzImage"},"arch":{"type":"string","enum":["x86_64","arm64"],"default":"x86_64","description":"what the kernel is built for and booted on: x86_64 on a q35 machine with the Intel IOMMU, arm64 on QEMU's virt board with an SMMUv3 (cross-built, always emulated on an x86 host). An image of the user's is what it is: its header says. Pairs and paths stay within one architecture"},"cmdline":{"type":"string","description":"extra kernel command line when this kernel boots"},"config":{"type":"string","description":"a Kconfig fragment file of your own, added to luqual's (debian-src kernels); relative to the matrix file"},"patches":{"type":"array","description":"patch files applied to the source before the build (debian-src kernels); relative to the matrix file","items":{"type":"string","minLength":1}}}},"Policy":{"enum":["all","upgrades","adjacent","self"],"description":"all: every ordered pair (self-pairs included); upgrades: older to newer by release; adjacent: each kernel to the next newer one; self: each kernel to itself"},"PairRef":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"$ref":"#/$defs/KernelId"},"to":{"$ref":"#/$defs/KernelId"}}},"Pairs":{"type":"object","additionalProperties":false,"description":"Default: policy all.","properties":{"policy":{"oneOf":[{"$ref":"#/$defs/Policy"},{"type":"array","items":{"$ref":"#/$defs/Policy"},"minItems":1}]},"list":{"type":"array","items":{"$ref":"#/$defs/PairRef"}},"exclude":{"type":"array","items":{"$ref":"#/$defs/PairRef"}}}},"VerdictName":{"$ref":"luqual:results#/$defs/Verdict"},"Expectation":{"type":"object","additionalProperties":false,"required":["verdict"],"description":"Pairs matched by `policy` or by `from`/`to` (either may be left out to match any) must reach one of `verdict`. When several expectations match a pair, the last one listed decides. A rule with `path` is for that declared path alone: its verdict is the heirlooms' (README \"Upgrade paths\").","properties":{"policy":{"$ref":"#/$defs/Policy"},"from":{"$ref":"#/$defs/KernelId"},"to":{"$ref":"#/$defs/KernelId"},"verdict":{"oneOf":[{"$ref":"#/$defs/VerdictName"},{"type":"array","items":{"$ref":"#/$defs/VerdictName"},"minItems":1}]},"path":{"$ref":"#/$defs/PathRef","description":"this rule is for the declared path with exactly these kernels, not for pairs"}}},"Qemu":{"type":"object","additionalProperties":false,"properties":{"memory":{"type":"integer","minimum":256,"maximum":65536,"description":"MiB (default 1024)"},"cpus":{"type":"integer","minimum":1,"maximum":64,"description":"default 2"},"accel":{"enum":["auto","tcg","kvm"],"description":"default auto: KVM only where a kernel boots under it"}}},"Timeouts":{"type":"object","additionalProperties":false,"description":"Seconds each phase may take before the guest counts as hung.","properties":{"boot":{"type":"integer","minimum":1},"stage1":{"type":"integer","minimum":1},"kexec":{"type":"integer","minimum":1},"stage2":{"type":"integer","minimum":1}}},"PathRef":{"type":"array","items":{"$ref":"#/$defs/KernelId"},"minItems":2,"description":"kernel ids in the order the path live-updates through them; a kernel may recur"}}};
const schema94 = {"type":"object","additionalProperties":false,"properties":{"memory":{"type":"integer","minimum":256,"maximum":65536,"description":"MiB (default 1024)"},"cpus":{"type":"integer","minimum":1,"maximum":64,"description":"default 2"},"accel":{"enum":["auto","tcg","kvm"],"description":"default auto: KVM only where a kernel boots under it"}}};
const schema95 = {"type":"object","additionalProperties":false,"description":"Seconds each phase may take before the guest counts as hung.","properties":{"boot":{"type":"integer","minimum":1},"stage1":{"type":"integer","minimum":1},"kexec":{"type":"integer","minimum":1},"stage2":{"type":"integer","minimum":1}}};
const func1 = Object.prototype.hasOwnProperty;
const schema32 = {"type":"object","additionalProperties":false,"required":["id","ref"],"properties":{"id":{"$ref":"#/$defs/KernelId","description":"the name used in pairs, tables and `luqual pair --matrix`"},"ref":{"type":"string","minLength":1,"description":"a kernel reference: debian-src:VERSION, debian:VERSION or a path to a bzImage"},"arch":{"type":"string","enum":["x86_64","arm64"],"default":"x86_64","description":"what the kernel is built for and booted on: x86_64 on a q35 machine with the Intel IOMMU, arm64 on QEMU's virt board with an SMMUv3 (cross-built, always emulated on an x86 host). An image of the user's is what it is: its header says. Pairs and paths stay within one architecture"},"cmdline":{"type":"string","description":"extra kernel command line when this kernel boots"},"config":{"type":"string","description":"a Kconfig fragment file of your own, added to luqual's (debian-src kernels); relative to the matrix file"},"patches":{"type":"array","description":"patch files applied to the source before the build (debian-src kernels); relative to the matrix file","items":{"type":"string","minLength":1}}}};
const schema33 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*$","maxLength":64};
const func2 = ajvRuntime_ucs2length.default;
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._+-]*$", "u");

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
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "ref")) || (key0 === "arch")) || (key0 === "cmdline")) || (key0 === "config")) || (key0 === "patches"))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/KernelId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/KernelId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/KernelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ref !== undefined){
let data1 = data.ref;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.arch !== undefined){
let data2 = data.arch;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/arch",schemaPath:"#/properties/arch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data2 === "x86_64") || (data2 === "arm64"))){
const err9 = {instancePath:instancePath+"/arch",schemaPath:"#/properties/arch/enum",keyword:"enum",params:{allowedValues: schema32.properties.arch.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.cmdline !== undefined){
if(typeof data.cmdline !== "string"){
const err10 = {instancePath:instancePath+"/cmdline",schemaPath:"#/properties/cmdline/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.config !== undefined){
if(typeof data.config !== "string"){
const err11 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.patches !== undefined){
let data5 = data.patches;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err12 = {instancePath:instancePath+"/patches/" + i0,schemaPath:"#/properties/patches/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/patches/" + i0,schemaPath:"#/properties/patches/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err14 = {instancePath:instancePath+"/patches",schemaPath:"#/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema34 = {"type":"object","additionalProperties":false,"description":"Default: policy all.","properties":{"policy":{"oneOf":[{"$ref":"#/$defs/Policy"},{"type":"array","items":{"$ref":"#/$defs/Policy"},"minItems":1}]},"list":{"type":"array","items":{"$ref":"#/$defs/PairRef"}},"exclude":{"type":"array","items":{"$ref":"#/$defs/PairRef"}}}};
const schema35 = {"enum":["all","upgrades","adjacent","self"],"description":"all: every ordered pair (self-pairs included); upgrades: older to newer by release; adjacent: each kernel to the next newer one; self: each kernel to itself"};
const schema37 = {"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"$ref":"#/$defs/KernelId"},"to":{"$ref":"#/$defs/KernelId"}}};

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
if(data.from === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.to === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "from") || (key0 === "to"))){
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
if(data.from !== undefined){
let data0 = data.from;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err3 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/KernelId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/KernelId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/KernelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.to !== undefined){
let data1 = data.to;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err6 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/KernelId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data1)){
const err7 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/KernelId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]*$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/KernelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
for(const key0 in data){
if(!(((key0 === "policy") || (key0 === "list")) || (key0 === "exclude"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.policy !== undefined){
let data0 = data.policy;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(!((((data0 === "all") || (data0 === "upgrades")) || (data0 === "adjacent")) || (data0 === "self"))){
const err1 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/Policy/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs6 = errors;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!((((data1 === "all") || (data1 === "upgrades")) || (data1 === "adjacent")) || (data1 === "self"))){
const err3 = {instancePath:instancePath+"/policy/" + i0,schemaPath:"#/$defs/Policy/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err5 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.list !== undefined){
let data2 = data.list;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate24(data2[i1], {instancePath:instancePath+"/list/" + i1,parentData:data2,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/list",schemaPath:"#/properties/list/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.exclude !== undefined){
let data4 = data.exclude;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate24(data4[i2], {instancePath:instancePath+"/exclude/" + i2,parentData:data4,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","additionalProperties":false,"required":["verdict"],"description":"Pairs matched by `policy` or by `from`/`to` (either may be left out to match any) must reach one of `verdict`. When several expectations match a pair, the last one listed decides. A rule with `path` is for that declared path alone: its verdict is the heirlooms' (README \"Upgrade paths\").","properties":{"policy":{"$ref":"#/$defs/Policy"},"from":{"$ref":"#/$defs/KernelId"},"to":{"$ref":"#/$defs/KernelId"},"verdict":{"oneOf":[{"$ref":"#/$defs/VerdictName"},{"type":"array","items":{"$ref":"#/$defs/VerdictName"},"minItems":1}]},"path":{"$ref":"#/$defs/PathRef","description":"this rule is for the declared path with exactly these kernels, not for pairs"}}};
const schema55 = {"description":"compatible: all preserved state came back verified; incompatible-clean: the target ignored or refused the handover and booted without it; incompatible-panic: a kernel panicked; incompatible-hang: the guest stopped making progress; data-loss: the target restored something but not all of it intact; unsupported: the source cannot start a live update; error: luqual or the host failed.","enum":["compatible","incompatible-clean","incompatible-panic","incompatible-hang","data-loss","unsupported","error"]};
const schema92 = {"type":"array","items":{"$ref":"#/$defs/KernelId"},"minItems":2,"description":"kernel ids in the order the path live-updates through them; a kernel may recur"};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 2){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/KernelId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/KernelId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]*$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/KernelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


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
for(const key0 in data){
if(!(((((key0 === "policy") || (key0 === "from")) || (key0 === "to")) || (key0 === "verdict")) || (key0 === "path"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.policy !== undefined){
let data0 = data.policy;
if(!((((data0 === "all") || (data0 === "upgrades")) || (data0 === "adjacent")) || (data0 === "self"))){
const err2 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/Policy/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.from !== undefined){
let data1 = data.from;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err3 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/KernelId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/KernelId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/KernelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.to !== undefined){
let data2 = data.to;
if(typeof data2 === "string"){
if(func2(data2) > 64){
const err6 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/KernelId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data2)){
const err7 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/KernelId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._+-]*$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/KernelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.verdict !== undefined){
let data3 = data.verdict;
const _errs11 = errors;
let valid4 = false;
let passing0 = null;
const _errs12 = errors;
if(!(((((((data3 === "compatible") || (data3 === "incompatible-clean")) || (data3 === "incompatible-panic")) || (data3 === "incompatible-hang")) || (data3 === "data-loss")) || (data3 === "unsupported")) || (data3 === "error"))){
const err9 = {instancePath:instancePath+"/verdict",schemaPath:"#/$defs/VerdictName/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs14 = errors;
if(Array.isArray(data3)){
if(data3.length < 1){
const err10 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(!(((((((data4 === "compatible") || (data4 === "incompatible-clean")) || (data4 === "incompatible-panic")) || (data4 === "incompatible-hang")) || (data4 === "data-loss")) || (data4 === "unsupported")) || (data4 === "error"))){
const err11 = {instancePath:instancePath+"/verdict/" + i0,schemaPath:"#/$defs/VerdictName/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values"};
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
const err12 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err13 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.path !== undefined){
if(!(validate57(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern16 = new RegExp("^[a-z][a-z0-9-]*$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="luqual:matrix" */;
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
if(data.kernels === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kernels"},message:"must have required property '"+"kernels"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kernels !== undefined){
let data0 = data.kernels;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/kernels",schemaPath:"#/properties/kernels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data0[i0], {instancePath:instancePath+"/kernels/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/kernels",schemaPath:"#/properties/kernels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.pairs !== undefined){
if(!(validate23(data.pairs, {instancePath:instancePath+"/pairs",parentData:data,parentDataProperty:"pairs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.expect !== undefined){
let data3 = data.expect;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate28(data3[i1], {instancePath:instancePath+"/expect/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.suites !== undefined){
let data5 = data.suites;
if(Array.isArray(data5)){
if(data5.length < 1){
const err5 = {instancePath:instancePath+"/suites",schemaPath:"#/properties/suites/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
if(typeof data6 === "string"){
if(!pattern16.test(data6)){
const err6 = {instancePath:instancePath+"/suites/" + i2,schemaPath:"#/properties/suites/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/suites/" + i2,schemaPath:"#/properties/suites/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath:instancePath+"/suites",schemaPath:"#/properties/suites/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.qemu !== undefined){
let data7 = data.qemu;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!(((key1 === "memory") || (key1 === "cpus")) || (key1 === "accel"))){
const err9 = {instancePath:instancePath+"/qemu",schemaPath:"#/$defs/Qemu/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data7.memory !== undefined){
let data8 = data7.memory;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err10 = {instancePath:instancePath+"/qemu/memory",schemaPath:"#/$defs/Qemu/properties/memory/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 65536 || isNaN(data8)){
const err11 = {instancePath:instancePath+"/qemu/memory",schemaPath:"#/$defs/Qemu/properties/memory/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65536},message:"must be <= 65536"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data8 < 256 || isNaN(data8)){
const err12 = {instancePath:instancePath+"/qemu/memory",schemaPath:"#/$defs/Qemu/properties/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 256},message:"must be >= 256"};
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
if(data7.cpus !== undefined){
let data9 = data7.cpus;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err13 = {instancePath:instancePath+"/qemu/cpus",schemaPath:"#/$defs/Qemu/properties/cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 64 || isNaN(data9)){
const err14 = {instancePath:instancePath+"/qemu/cpus",schemaPath:"#/$defs/Qemu/properties/cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err15 = {instancePath:instancePath+"/qemu/cpus",schemaPath:"#/$defs/Qemu/properties/cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data7.accel !== undefined){
let data10 = data7.accel;
if(!(((data10 === "auto") || (data10 === "tcg")) || (data10 === "kvm"))){
const err16 = {instancePath:instancePath+"/qemu/accel",schemaPath:"#/$defs/Qemu/properties/accel/enum",keyword:"enum",params:{allowedValues: schema94.properties.accel.enum},message:"must be equal to one of the allowed values"};
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
else {
const err17 = {instancePath:instancePath+"/qemu",schemaPath:"#/$defs/Qemu/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.timeouts !== undefined){
let data11 = data.timeouts;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key2 in data11){
if(!((((key2 === "boot") || (key2 === "stage1")) || (key2 === "kexec")) || (key2 === "stage2"))){
const err18 = {instancePath:instancePath+"/timeouts",schemaPath:"#/$defs/Timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data11.boot !== undefined){
let data12 = data11.boot;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err19 = {instancePath:instancePath+"/timeouts/boot",schemaPath:"#/$defs/Timeouts/properties/boot/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err20 = {instancePath:instancePath+"/timeouts/boot",schemaPath:"#/$defs/Timeouts/properties/boot/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data11.stage1 !== undefined){
let data13 = data11.stage1;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err21 = {instancePath:instancePath+"/timeouts/stage1",schemaPath:"#/$defs/Timeouts/properties/stage1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err22 = {instancePath:instancePath+"/timeouts/stage1",schemaPath:"#/$defs/Timeouts/properties/stage1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data11.kexec !== undefined){
let data14 = data11.kexec;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err23 = {instancePath:instancePath+"/timeouts/kexec",schemaPath:"#/$defs/Timeouts/properties/kexec/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err24 = {instancePath:instancePath+"/timeouts/kexec",schemaPath:"#/$defs/Timeouts/properties/kexec/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data11.stage2 !== undefined){
let data15 = data11.stage2;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err25 = {instancePath:instancePath+"/timeouts/stage2",schemaPath:"#/$defs/Timeouts/properties/stage2/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err26 = {instancePath:instancePath+"/timeouts/stage2",schemaPath:"#/$defs/Timeouts/properties/stage2/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err27 = {instancePath:instancePath+"/timeouts",schemaPath:"#/$defs/Timeouts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.parallel !== undefined){
let data16 = data.parallel;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err28 = {instancePath:instancePath+"/parallel",schemaPath:"#/properties/parallel/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 64 || isNaN(data16)){
const err29 = {instancePath:instancePath+"/parallel",schemaPath:"#/properties/parallel/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err30 = {instancePath:instancePath+"/parallel",schemaPath:"#/properties/parallel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.retries !== undefined){
let data17 = data.retries;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err31 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 5 || isNaN(data17)){
const err32 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err33 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.paths !== undefined){
let data18 = data.paths;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
if(!(validate57(data18[i3], {instancePath:instancePath+"/paths/" + i3,parentData:data18,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
