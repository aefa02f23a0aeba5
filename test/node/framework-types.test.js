// The framework typings (types/*.d.ts, built on lib/framework-types.d.ts)
// name exactly what custom-elements.json says the element takes: its
// attributes, the networks property, and its events.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);

/** The member names of an exported interface in a .d.ts file. */
async function membersOf(file, name) {
  const text = await readFile(new URL(file, root), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  const declaration = source.statements.find(
    (node) => ts.isInterfaceDeclaration(node) && node.name.text === name,
  );
  assert.ok(declaration, `no interface ${name} in ${file}`);
  return declaration.members.map((member) => member.name.text ?? member.name.getText(source));
}

async function manifestElement() {
  const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'city-networks');
}

it('CityNetworksProps names every attribute of the manifest, and networks', async () => {
  const element = await manifestElement();
  const attributes = element.attributes.map((attribute) => attribute.name);
  const props = await membersOf('lib/framework-types.d.ts', 'CityNetworksProps');
  assert.deepEqual(props.sort(), [...attributes, 'networks'].sort());
  // networks has no attribute: a framework must set it as a property.
  assert.ok(element.members.some((member) => member.name === 'networks'));
  assert.ok(!attributes.includes('networks'));
});

it('CityNetworksEvents names every event of the manifest', async () => {
  const element = await manifestElement();
  const events = await membersOf('lib/framework-types.d.ts', 'CityNetworksEvents');
  assert.deepEqual(events.sort(), element.events.map((event) => event.name).sort());
});

it('each framework typing declares <city-networks> with both events', async () => {
  for (const [file, events] of [
    ['types/react-jsx.d.ts', ['oncity-networks-change', 'oncity-networks-error']],
    ['types/svelte.d.ts', ['oncity-networks-change', 'oncity-networks-error']],
    ['types/vue.d.ts', ['onCityNetworksChange', 'onCityNetworksError']],
  ]) {
    const text = await readFile(new URL(file, root), 'utf8');
    assert.match(text, /'city-networks':/, file);
    assert.match(text, /CityNetworksProps/, file);
    for (const event of events) assert.ok(text.includes(event), `${file}: ${event}`);
  }
});
