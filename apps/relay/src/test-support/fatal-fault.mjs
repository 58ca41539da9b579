// Loaded into a child relay with NODE_OPTIONS=--import=…: SIGUSR2 makes the process throw an error that
// nothing handles, as a bug escaping every boundary would.
process.on('SIGUSR2', () => {
  setImmediate(() => {
    throw new Error('fault injected by the test');
  });
});
