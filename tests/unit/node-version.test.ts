import { expect, test } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };

test('the suite runs on the pinned Node (>= 22.12), not the system one', () => {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  expect(major > 22 || (major === 22 && minor >= 12), `running on Node ${process.version}`).toBe(true);
  expect(process.versions.node).toBe(packageJson.devDependencies.node);
});
