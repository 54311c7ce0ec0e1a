package io.claimwatch.claims.domain;

/** How a number is qualified; see claimwatch.claims.v1.Hedge for the intervals each one forms. */
public enum Hedge {
  EXACT, APPROXIMATE, NEARLY, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, RANGE, VAGUE
}
