// Checks schema.org JSON-LD against the schema.org vocabulary as schema-dts types it: the
// JSON (a file named on the command line) is type-checked by the TypeScript compiler as a
// `WithContext<T>` (T: the item's @type, e.g. Event), so an unknown property, a value of the
// wrong type or a status that is not a schema.org enumeration member is an error. Prints
// {"errors": [...]}.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const json = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const type = json["@type"];
const here = path.dirname(new URL(import.meta.url).pathname);
const file = path.join(here, `.jsonld-${process.pid}.ts`);
fs.writeFileSync(
  file,
  `import type { WithContext, ${type} } from "schema-dts";\n` +
    `const item: WithContext<${type}> = ${JSON.stringify(json, null, 2)};\n` +
    `export default item;\n`,
);
try {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  });
  const errors = ts.getPreEmitDiagnostics(program).map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  );
  console.log(JSON.stringify({ errors }));
} finally {
  fs.unlinkSync(file);
}
