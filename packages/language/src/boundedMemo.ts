/**
 * A function's answers kept by argument, at most `capacity` of them: the language rule runs for
 * every field that has a `lang` argument or a translated message, with the same few tags and
 * Accept-Language headers over and over, and Intl's canonicalization and negotiator's parsing
 * were some 3% of a subgraph's CPU on a product page. Arguments come from clients, so the memory
 * is bounded: past `capacity` the oldest answer is forgotten.
 */
export function boundedMemo<A, R>(fn: (argument: A) => R, capacity = 1000): (argument: A) => R {
  const answers = new Map<A, R>();
  return (argument) => {
    if (answers.has(argument)) return answers.get(argument) as R;
    const answer = fn(argument);
    if (answers.size >= capacity) answers.delete(answers.keys().next().value as A);
    answers.set(argument, answer);
    return answer;
  };
}
