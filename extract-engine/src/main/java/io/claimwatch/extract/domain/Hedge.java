package io.claimwatch.extract.domain;

/** How a figure is qualified; see the eval README for the interval each hedge maps to. */
public enum Hedge { EXACT, APPROXIMATE, NEARLY, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, RANGE, VAGUE }
