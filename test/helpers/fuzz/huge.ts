// Generators of huge and strange `.journey` files. Each id is prefixed so
// several of these files can share one workspace without duplicate declarations.

/** About `megabytes` MB of valid declarations and journeys. */
export function tenMegabytes(prefix = 'Big', megabytes = 10): string {
    const parts: string[] = [];
    let length = 0;
    const push = (text: string) => {
        parts.push(text);
        length += text.length;
    };
    push(`// ${megabytes} MB of journeys.\n`);
    for (let t = 0; t < 20; t++) push(`team ${prefix}Team${t} "Team ${t}" {\n  lead "Lead ${t}"\n}\n\n`);
    for (let c = 0; c < 10; c++) push(`channel ${prefix}Channel${c} "Channel ${c}"\n`);
    push(`persona ${prefix}Persona "A persona" {\n  role "Role"\n  goal "Goal"\n}\n\n`);
    const target = megabytes * 1024 * 1024;
    for (let j = 0; length < target; j++) {
        push(
            `journey ${prefix}J${j} "Journey ${j}" {\n  persona ${prefix}Persona\n  description "A journey of the ${megabytes} MB file, number ${j}: ${'long description text '.repeat(10)}"\n\n`,
        );
        for (let p = 0; p < 5; p++) {
            push(`  phase P${p} "Phase ${p}" {\n    moment ${p}\n    owner ${prefix}Team${p % 20}\n`);
            for (let k = 0; k < 8; k++) {
                push(
                    `    touchpoint T${k} "Touchpoint ${j}.${p}.${k}" {\n      channel ${prefix}Channel${k % 10}\n      action "Does thing ${k} with ümlauts, ñ and 🚗"\n      emotion ${1 + ((j + p + k) % 5)} "feeling"\n      opportunity "Improve ${k}" {\n        horizon short\n      }\n    }\n`,
                );
            }
            push('  }\n');
        }
        push('}\n\n');
    }
    return parts.join('');
}

/** One journey with `count` touchpoints in phases of 500. */
export function manyTouchpoints(count = 50_000, prefix = 'Many'): string {
    const parts: string[] = [
        `team ${prefix}Team "Team"\nchannel ${prefix}Web "Web"\npersona ${prefix}User "User"\n\njourney ${prefix}Journey "${count} touchpoints" {\n  persona ${prefix}User\n`,
    ];
    const perPhase = 500;
    for (let p = 0; p * perPhase < count; p++) {
        parts.push(`  phase P${p} "Phase ${p}" {\n    moment ${p}\n    owner ${prefix}Team\n`);
        for (let k = p * perPhase; k < Math.min(count, (p + 1) * perPhase); k++) {
            parts.push(`    touchpoint T${k} "Step ${k}" {\n      channel ${prefix}Web\n      emotion ${1 + (k % 5)}\n    }\n`);
        }
        parts.push('  }\n');
    }
    parts.push('}\n');
    return parts.join('');
}

/** A valid file whose text is one line of about 1 MB: a 1 MB description. */
export function megabyteString(prefix = 'Line'): string {
    return `persona ${prefix}P "P" journey ${prefix}J "One line" { persona ${prefix}P description "${'x'.repeat(1024 * 1024)}" phase A "A" { moment 0 touchpoint T "T" { emotion 3 owner ${prefix}Team channel ${prefix}Web } } } team ${prefix}Team "T" channel ${prefix}Web "W"`;
}

/** A valid file whose text is one line of about 1 MB of tokens. */
export function megabyteOfTokens(prefix = 'Tok'): string {
    const parts: string[] = [
        `persona ${prefix}P "P" team ${prefix}Team "T" channel ${prefix}Web "W" journey ${prefix}J "One line of tokens" { persona ${prefix}P phase A "A" { moment 0 owner ${prefix}Team `,
    ];
    let length = parts[0].length;
    for (let k = 0; length < 1024 * 1024; k++) {
        const part = `touchpoint T${k} "T${k}" { channel ${prefix}Web emotion 3 } `;
        parts.push(part);
        length += part.length;
    }
    parts.push('} }');
    return parts.join('');
}

/** `depth` nested braces inside a journey: a syntax error, never a crash. */
export function nestedBraces(depth = 10_000, balanced = true): string {
    return `journey Deep "Deep" {\n  phase P {\n    touchpoint T ${'{'.repeat(depth)}${balanced ? '}'.repeat(depth) : ''}\n  }\n}\n`;
}

/** Nested blocks the grammar knows, repeated `depth` times without closing: phase in phase in phase… */
export function nestedBlocks(depth = 10_000): string {
    return `journey Deep2 "Deep" {\n${'phase P { touchpoint T { gap "g" { '.repeat(depth)}${'} } } '.repeat(depth)}\n}\n`;
}

/**
 * `count` touchpoints, not indented, with a stray `}` in the middle one: with no layout to go by
 * (layout-recovery.ts), every later line is a syntax error (at 10,000 the parser's recovery
 * overflowed the stack).
 */
export function strayBraceMidway(count = 10_000): string {
    const text = manyTouchpoints(count).replace(/^[ \t]+/gm, '');
    const at = text.indexOf('\n', text.indexOf(`touchpoint T${count >> 1} `)) + 1;
    return `${text.slice(0, at)}}\n${text.slice(at)}`;
}
