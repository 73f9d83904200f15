// Runs before `npm start` and `npm test`: one clear sentence on an unsupported Node.js, not a
// stack trace later. Written in syntax every Node.js understands, since it runs on old ones too.
'use strict';
var required = 24;
var major = Number(process.versions.node.split('.')[0]);
if (major < required) {
  console.error(
    'IKONE braucht Node.js ' + required + ' LTS oder neuer (gefunden: ' + process.version + '); ' +
      'bitte von https://nodejs.org/ installieren. / IKONE needs Node.js ' + required +
      ' LTS or newer (found ' + process.version + '); please install it from https://nodejs.org/.'
  );
  process.exit(1);
}
