/**
 * Preloaded (`node -r`) into every process the cluster starts. When the cluster's own process is
 * gone, however it ended (a SIGKILL included), its IPC channel closes: this process then stops as
 * on SIGTERM, in order, instead of running on as an orphan holding its port.
 */
if (process.channel) {
  // The channel alone must not keep a process alive that has finished.
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
