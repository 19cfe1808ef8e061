// Generated from schemas/suite.schema.json by `npm run gen:types`
// (scripts/gen-types.ts, ajv 8.20.0 standalone code). Do not edit.
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"luqual:suite","title":"SuiteManifest","description":"suites/NAME/manifest.yaml: what a suite is, for readers of the report and for the runner.","type":"object","additionalProperties":false,"required":["name","description"],"properties":{"name":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"the folder's name"},"summary":{"type":"string","description":"one line"},"description":{"type":"string","description":"Markdown, shown in the report"},"carrier":{"type":"string","pattern":"^[a-z][a-z0-9_.-]*$","description":"the handover component that carries every item the suite preserves (those `carriers` does not name): kho-test, memblock, or a LUO file handler named by its compatible-string family (memfd-v2 is family memfd). A pair's fates and its prediction are per component (README \"Fates\")"},"heirlooms":{"type":"boolean","description":"the suite hands heirlooms down a walk: files born on its first kernel, retrieved, checked and preserved again by every later one (its C code gives them: SUITE(.heirlooms = ...), agent/suite.h); README \"Upgrade paths\""},"carriers":{"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_.-]*$"},"additionalProperties":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"minItems":1},"description":"the component that carries each named item, where a suite's items ride on more than one: component -> item names"},"requirements":{"type":"object","additionalProperties":false,"description":"what both kernels and the guest need; a pair that lacks one skips the suite with a reason naming it","properties":{"kconfig":{"type":"array","items":{"type":"string","pattern":"^CONFIG_[A-Z0-9_]+(\\|CONFIG_[A-Z0-9_]+)*$"},"description":"options that must be y in both kernels' configs, or m where the kernel's modules are at hand (built by luqual, or modules=DIR on a path reference); A|B: either will do (an IOMMU of one architecture or another)"},"modules":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"},"description":"modules the agent loads, with what they depend on (modules.dep), on a kernel that built them as modules (=m); on a kernel that built them in, nothing is loaded"},"cmdline":{"type":"string","description":"added to both kernels' command lines when the suite runs"},"memoryMiB":{"type":"integer","minimum":1,"description":"guest memory the suite needs at least"},"qemuDevices":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"},"description":"QEMU device models added to the guest (-device NAME); a QEMU without one skips the suite"}}}}};
const pattern4 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const pattern5 = new RegExp("^[a-z][a-z0-9_.-]*$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern8 = new RegExp("^CONFIG_[A-Z0-9_]+(\\|CONFIG_[A-Z0-9_]+)*$", "u");
const pattern9 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="luqual:suite" */;
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
if(data.description === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "summary")) || (key0 === "description")) || (key0 === "carrier")) || (key0 === "heirlooms")) || (key0 === "carriers")) || (key0 === "requirements"))){
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
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
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
if(data.summary !== undefined){
if(typeof data.summary !== "string"){
const err5 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.carrier !== undefined){
let data3 = data.carrier;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err7 = {instancePath:instancePath+"/carrier",schemaPath:"#/properties/carrier/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_.-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_.-]*$"+"\""};
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
const err8 = {instancePath:instancePath+"/carrier",schemaPath:"#/properties/carrier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.heirlooms !== undefined){
if(typeof data.heirlooms !== "boolean"){
const err9 = {instancePath:instancePath+"/heirlooms",schemaPath:"#/properties/heirlooms/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.carriers !== undefined){
let data5 = data.carriers;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const _errs14 = errors;
if(typeof key1 === "string"){
if(!pattern5.test(key1)){
const err10 = {instancePath:instancePath+"/carriers",schemaPath:"#/properties/carriers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_.-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_.-]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid1 = _errs14 === errors;
if(!valid1){
const err11 = {instancePath:instancePath+"/carriers",schemaPath:"#/properties/carriers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data5){
let data6 = data5[key2];
if(Array.isArray(data6)){
if(data6.length < 1){
const err12 = {instancePath:instancePath+"/carriers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/carriers/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(!pattern7.test(data7)){
const err13 = {instancePath:instancePath+"/carriers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/carriers/additionalProperties/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\""};
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
const err14 = {instancePath:instancePath+"/carriers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/carriers/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err15 = {instancePath:instancePath+"/carriers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/carriers/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err16 = {instancePath:instancePath+"/carriers",schemaPath:"#/properties/carriers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.requirements !== undefined){
let data8 = data.requirements;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
if(!(((((key3 === "kconfig") || (key3 === "modules")) || (key3 === "cmdline")) || (key3 === "memoryMiB")) || (key3 === "qemuDevices"))){
const err17 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.kconfig !== undefined){
let data9 = data8.kconfig;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(!pattern8.test(data10)){
const err18 = {instancePath:instancePath+"/requirements/kconfig/" + i1,schemaPath:"#/properties/requirements/properties/kconfig/items/pattern",keyword:"pattern",params:{pattern: "^CONFIG_[A-Z0-9_]+(\\|CONFIG_[A-Z0-9_]+)*$"},message:"must match pattern \""+"^CONFIG_[A-Z0-9_]+(\\|CONFIG_[A-Z0-9_]+)*$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/requirements/kconfig/" + i1,schemaPath:"#/properties/requirements/properties/kconfig/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err20 = {instancePath:instancePath+"/requirements/kconfig",schemaPath:"#/properties/requirements/properties/kconfig/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data8.modules !== undefined){
let data11 = data8.modules;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(!pattern9.test(data12)){
const err21 = {instancePath:instancePath+"/requirements/modules/" + i2,schemaPath:"#/properties/requirements/properties/modules/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/requirements/modules/" + i2,schemaPath:"#/properties/requirements/properties/modules/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err23 = {instancePath:instancePath+"/requirements/modules",schemaPath:"#/properties/requirements/properties/modules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.cmdline !== undefined){
if(typeof data8.cmdline !== "string"){
const err24 = {instancePath:instancePath+"/requirements/cmdline",schemaPath:"#/properties/requirements/properties/cmdline/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8.memoryMiB !== undefined){
let data14 = data8.memoryMiB;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err25 = {instancePath:instancePath+"/requirements/memoryMiB",schemaPath:"#/properties/requirements/properties/memoryMiB/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err26 = {instancePath:instancePath+"/requirements/memoryMiB",schemaPath:"#/properties/requirements/properties/memoryMiB/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data8.qemuDevices !== undefined){
let data15 = data8.qemuDevices;
if(Array.isArray(data15)){
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
let data16 = data15[i3];
if(typeof data16 === "string"){
if(!pattern9.test(data16)){
const err27 = {instancePath:instancePath+"/requirements/qemuDevices/" + i3,schemaPath:"#/properties/requirements/properties/qemuDevices/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/requirements/qemuDevices/" + i3,schemaPath:"#/properties/requirements/properties/qemuDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err29 = {instancePath:instancePath+"/requirements/qemuDevices",schemaPath:"#/properties/requirements/properties/qemuDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err30 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
