package io.claimwatch.extract.domain;

/** Whether a figure is stated as fact, as an estimate, or as a projection. */
public enum Modality { ASSERTED, ESTIMATE, PROJECTION }
