// Entry point of the `duban` command: dispatches sub-commands.
const [command] = process.argv.slice(2);
process.stderr.write(`duban: unknown command ${command ?? ''}\n`);
process.exitCode = 2;
