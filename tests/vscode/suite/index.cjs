// Mocha entry point that VS Code's extension host loads (extensionTestsPath).
const path = require('node:path');
// mocha 12 is ESM-only: on Node 20.19+ require() returns the module namespace, not the class.
const mochaModule = require('mocha');
const Mocha = mochaModule.default ?? mochaModule;

exports.run = function run() {
    const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60000 });
    mocha.addFile(path.join(__dirname, 'extension.test.cjs'));
    return new Promise((resolve, reject) => {
        mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    });
};
