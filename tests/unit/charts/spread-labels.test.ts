import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../src/lib/charts/spread-labels.ts';

describe('spreadLabels', () => {
  it('leaves labels that are far enough apart where they are', () => {
    expect(spreadLabels([10, 50, 30], 12, 0, 100)).toEqual([10, 50, 30]);
  });

  it('pushes overlapping labels down, keeping input order in the result', () => {
    expect(spreadLabels([40, 30, 30], 12, 0, 100)).toEqual([54, 30, 42]);
  });

  it('pulls a stack that overflows the bottom back up', () => {
    expect(spreadLabels([95, 98, 99], 10, 0, 100)).toEqual([80, 90, 100]);
  });

  it('clamps labels into the range', () => {
    expect(spreadLabels([-20, 150], 10, 0, 100)).toEqual([0, 100]);
  });

  it('handles no labels', () => {
    expect(spreadLabels([], 10, 0, 100)).toEqual([]);
  });
});
