import { describe, expect, it } from 'vitest';
import { findState, isUqcUnit, isValidGstRateMilli, normaliseStateCode, pinMatchesState } from '.';

describe('masters', () => {
  it('finds states by one- or two-digit code', () => {
    expect(findState('7')?.name).toBe('Delhi');
    expect(findState(29)?.abbr).toBe('KA');
    expect(findState('96')?.name).toBe('Other Country');
    expect(findState('25')?.usableAsStateCode).toBe(false);
    expect(findState('40')).toBeUndefined();
    expect(normaliseStateCode(' 5 ')).toBe('05');
  });

  it('matches PINs to states, border overlaps included', () => {
    expect(pinMatchesState(560001, '29')).toBe(true);
    expect(pinMatchesState(560001, '27')).toBe(false);
    expect(pinMatchesState(403001, '30')).toBe(true);
    expect(pinMatchesState(403001, '27')).toBe(true);
    expect(pinMatchesState(500001, '36')).toBe(true);
    expect(pinMatchesState(99999, '29')).toBe(false);
    expect(pinMatchesState(560001.5, '29')).toBe(false);
  });

  it('knows the UQC units and GST rates', () => {
    expect(isUqcUnit('NOS')).toBe(true);
    expect(isUqcUnit('nos')).toBe(false);
    expect(isUqcUnit('toString')).toBe(false);
    expect(isValidGstRateMilli(18000)).toBe(true);
    expect(isValidGstRateMilli(250)).toBe(true);
    expect(isValidGstRateMilli(17000)).toBe(false);
  });
});
