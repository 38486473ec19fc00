/**
 * PIN-to-PIN road distance estimate for `Distance: 0` (EWBPPD). NIC uses its own PIN master; the sandbox
 * places each PIN near its state's main city, spread by its three-digit prefix, and multiplies the
 * great-circle distance by a road factor. Good enough for validity days and tolerance checks.
 */
import { FOREIGN_PIN, PIN_PREFIX_RANGES } from '../shared/masters';

const CITY: Record<string, [number, number]> = {
  '01': [34.08, 74.8],
  '02': [31.1, 77.17],
  '03': [30.9, 75.85],
  '04': [30.73, 76.78],
  '05': [30.32, 78.03],
  '06': [29.0, 76.6],
  '07': [28.61, 77.21],
  '08': [26.91, 75.79],
  '09': [26.85, 80.95],
  '10': [25.59, 85.14],
  '11': [27.33, 88.61],
  '12': [27.08, 93.61],
  '13': [25.67, 94.11],
  '14': [24.82, 93.94],
  '15': [23.73, 92.72],
  '16': [23.83, 91.29],
  '17': [25.58, 91.89],
  '18': [26.14, 91.74],
  '19': [22.57, 88.36],
  '20': [23.34, 85.31],
  '21': [20.3, 85.82],
  '22': [21.25, 81.63],
  '23': [23.26, 77.41],
  '24': [23.02, 72.57],
  '26': [20.27, 73.01],
  '27': [19.08, 72.88],
  '29': [12.97, 77.59],
  '30': [15.49, 73.83],
  '31': [10.57, 72.64],
  '32': [9.93, 76.27],
  '33': [13.08, 80.27],
  '34': [11.94, 79.81],
  '35': [11.62, 92.73],
  '36': [17.39, 78.49],
  '37': [16.51, 80.65],
  '38': [34.15, 77.58],
};

const ROAD_FACTOR = 1.25;
const SPREAD_DEGREES = 1.5;

/** The state whose narrowest PIN range holds the prefix (border prefixes sit in several ranges). */
export function stateOfPin(pin: number): string | null {
  if (!Number.isInteger(pin) || pin < 100000 || pin > 999999 || pin === FOREIGN_PIN) return null;
  const prefix = Math.floor(pin / 1000);
  let best: { code: string; width: number } | null = null;
  for (const [code, ranges] of Object.entries(PIN_PREFIX_RANGES)) {
    for (const [lo, hi] of ranges) {
      if (prefix >= lo && prefix <= hi && (!best || hi - lo < best.width)) best = { code, width: hi - lo };
    }
  }
  return best ? best.code : null;
}

function place(pin: number, state: string): [number, number] {
  const [lat, lon] = CITY[state] ?? [22, 79];
  const ranges = PIN_PREFIX_RANGES[state] ?? [];
  const lo = Math.min(...ranges.map((r) => r[0]));
  const hi = Math.max(...ranges.map((r) => r[1]));
  const t = hi > lo ? (Math.floor(pin / 1000) - lo) / (hi - lo) - 0.5 : 0;
  return [lat + t * SPREAD_DEGREES, lon + t * SPREAD_DEGREES];
}

function haversineKm([lat1, lon1]: [number, number], [lat2, lon2]: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Estimated road km between two PINs; null when either PIN is unknown; 0 for the same PIN. */
export function pinDistanceKm(from: number, to: number): number | null {
  const a = stateOfPin(from);
  const b = stateOfPin(to);
  if (!a || !b) return null;
  if (from === to) return 0;
  if (Math.floor(from / 1000) === Math.floor(to / 1000))
    return 8 + Math.round((Math.abs(from - to) % 1000) / 20);
  return Math.max(10, Math.round(haversineKm(place(from, a), place(to, b)) * ROAD_FACTOR));
}
