export function timeToLastChange(root: Node, work: () => unknown, options?: { quietFrames?: number }): Promise<{ ms: number; changes: number }>;
