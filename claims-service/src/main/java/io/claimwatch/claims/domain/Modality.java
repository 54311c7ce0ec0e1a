package io.claimwatch.claims.domain;

/** Whether a number is asserted, estimated or projected. */
public enum Modality {
  ASSERTED, ESTIMATE, PROJECTION
}
