// Compiled with the generated types under tsc --strict: a front end's use of them must type-check.
import type { CodegenLetterPageQuery, CodegenLettersQuery, CodegenLettersQueryVariables } from './types';

export function titles(result: CodegenLettersQuery): string[] {
  return (result.letter ?? []).flatMap((letter) => (letter?.displayText ? [letter.displayText] : []));
}

export function nextCursor(result: CodegenLetterPageQuery): string | null {
  const page = result.letterConnection;
  return page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
}

export const firstTen: CodegenLettersQueryVariables = { first: 10 };

