/** `quire config`: prints the effective configuration without secrets. */
import { loadConfig, describeConfig } from '../config.ts';

/** Prints one `key: value` line per setting. */
export async function run(): Promise<number> {
  for (const [key, value] of Object.entries(describeConfig(loadConfig()))) console.log(`${key}: ${value}`);
  return 0;
}
