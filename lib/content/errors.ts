/** A problem in a content file, located as `path:line: message` (contract: docs/contracts.md, "Content files"). */
export interface ContentProblem {
  path: string;
  line: number;
  message: string;
}

export function formatProblem({ path, line, message }: ContentProblem): string {
  return `${path}:${line}: ${message}`;
}

/** Thrown when content files break the format; its message lists every problem, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in content:\n` +
        problems.map(formatProblem).join("\n"),
    );
    this.name = "ContentError";
  }
}
