// Placeholder custom functions entry (replaced by the KPI functions implementation).

/**
 * Ratio of a numerator to a denominator.
 * @customfunction RATIO
 * @param numerator Numerator.
 * @param denominator Denominator.
 * @returns The ratio numerator / denominator.
 */
export function ratio(numerator: number, denominator: number): number {
  if (denominator === 0) {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  }
  return numerator / denominator;
}
