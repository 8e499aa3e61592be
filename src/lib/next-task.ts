/**
 * Settles in a task of its own, so the browser can paint and handle input before what
 * follows. A message rather than a timer: a hidden tab slows timers, and nested timers are
 * clamped to 4 ms.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
