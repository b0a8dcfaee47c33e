// Deterministic generator of benchmark journeys (issue 7).
//
//   node bench/generate.mjs [--out DIR]        (default: bench/.work/)
//
// Writes, under DIR:
//   single-100/map.journey, single-1000/map.journey, single-10000/map.journey
//       one file each: declarations at the top, then one journey with ten touchpoints per
//       phase and every property used (channel, owner, persona, action, backstage, thought,
//       emotion, emotions per persona (half of the touchpoints involve both personas, the second
//       with a line of their own), pain, gap {current target change owner}, opportunity {horizon owner},
//       kpi {current target unit}, impact, moment-of-truth on some), plus a few lint findings;
//   team/declarations.journey + team/journey-01.journey … journey-10.journey
//       a team workspace: ten 1,000-touchpoint journeys sharing one declarations file.
// The same input always gives the same bytes (no randomness, no dates).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SIZES = [100, 1000, 10000];
export const TEAM_JOURNEYS = 10;
export const TEAM_JOURNEY_SIZE = 1000;
const TOUCHPOINTS_PER_PHASE = 10;

const PERSONAS = [
    [
        'Priya',
        'Priya, operations lead',
        'Runs a 40-person logistics team',
        'Get her team live within one week',
        'See value before paying',
        'Losing data while migrating',
        'I have no time for another tool',
    ],
    [
        'Tom',
        'Tom, new team member',
        'Warehouse coordinator',
        'Learn the tool without training',
        'Clear first steps',
        'Looking slow in front of the team',
        'Where do I start?',
    ],
    [
        'Ana',
        'Ana, finance approver',
        'Signs off every purchase over a threshold',
        'Predictable monthly cost',
        'An invoice her system accepts',
        'Hidden fees',
        'Show me the total',
    ],
    ['Lee', 'Lee, IT administrator', 'Keeps single sign-on and backups running', 'No new passwords', 'Audit logs', 'Shadow IT', 'Does it support SSO?'],
];
/** The teams of the declarations, by id. */
const TEAMS = {
    Growth: { title: 'Growth marketing', lead: 'Head of growth' },
    Sales: { title: 'Sales', lead: 'Sales director' },
    Success: { title: 'Customer success', lead: 'Head of customer success' },
    Support: { title: 'Support', lead: 'Support lead' },
    Billing: { title: 'Billing operations', lead: 'Finance manager' },
    Product: { title: 'Product team', lead: 'Chief product officer' },
    Platform: { title: 'Platform engineering', lead: 'Engineering manager' },
    Legal: { title: 'Legal and compliance', lead: 'General counsel' },
};
const TEAM_IDS = Object.keys(TEAMS);
const CHANNELS = [
    ['web', 'Website'],
    ['email', 'Email'],
    ['inapp', 'In-app'],
    ['call', 'Video call'],
    ['phone', 'Telephone'],
    ['chat', 'Live chat'],
];
/** Declared and never referred to: an `unused-declaration` hint. */
const UNUSED_CHANNEL = ['fax', 'Fax machine'];

const VERBS = [
    'Compares',
    'Reads',
    'Asks about',
    'Signs up for',
    'Configures',
    'Invites a colleague to',
    'Pays for',
    'Reports a problem with',
    'Exports',
    'Reviews',
];
const OBJECTS = [
    'the pricing page',
    'the onboarding checklist',
    'the import wizard',
    'the monthly invoice',
    'the team settings',
    'the mobile app',
    'the weekly report',
    'the integration guide',
    'the support article',
    'the renewal offer',
];
const LABELS = ['', 'furious', 'unhappy', 'neutral', 'pleased', 'delighted'];
const IMPACTS = ['high', 'medium', 'low'];
const HORIZONS = ['short', 'medium', 'long'];

const pad = (n, width) => String(n).padStart(width, '0');
const pick = (list, i) => list[i % list.length];

export function declarationsText() {
    const out = ['// Shared declarations of the benchmark workspace.', ''];
    for (const [id, title, role, goal, need, concern, quote] of PERSONAS) {
        out.push(
            `persona ${id} "${title}" {`,
            `  role "${role}"`,
            `  goal "${goal}"`,
            `  need "${need}"`,
            `  concern "${concern}"`,
            `  quote "${quote}"`,
            '}',
            '',
        );
    }
    for (const [id, { title, lead }] of Object.entries(TEAMS)) out.push(`team ${id} "${title}" {`, `  lead "${lead}"`, '}');
    out.push('');
    for (const [id, title] of [...CHANNELS, UNUSED_CHANNEL]) out.push(`channel ${id} "${title}"`);
    out.push('');
    return out.join('\n');
}

/**
 * One journey of `touchpoints` touchpoints. `salt` varies the text between the journeys of
 * the team workspace. Lint findings are planted on every 97th touchpoint (rotating rules)
 * and in the last phase's owner-less touchpoint.
 */
export function journeyText(journeyId, touchpoints, salt = 0) {
    const out = [];
    const phases = Math.ceil(touchpoints / TOUCHPOINTS_PER_PHASE);
    const w = String(touchpoints).length;
    out.push(`journey ${journeyId} "Journey ${journeyId}: from first visit to renewal" {`);
    out.push(`  persona ${PERSONAS[0][0]}, ${PERSONAS[1][0]}`);
    out.push(`  description "A generated journey of ${touchpoints} touchpoints for the benchmark (variant ${salt})."`);
    let t = 0;
    for (let p = 0; p < phases; p++) {
        out.push('');
        out.push(`  phase Ph${pad(p + 1, w)} "Phase ${p + 1}" {`);
        out.push(`    moment ${p}`);
        const phaseOwner = p % 2 === 0 ? pick(TEAM_IDS, p + salt) : undefined;
        if (phaseOwner) out.push(`    owner ${phaseOwner}`);
        for (let k = 0; k < TOUCHPOINTS_PER_PHASE && t < touchpoints; k++, t++) {
            const n = t + 1;
            const finding = n % 97 === 0 ? (n / 97) % 6 : -1;
            const score = 1 + ((t * 7 + salt) % 5);
            const verb = pick(VERBS, t + salt);
            const object = pick(OBJECTS, Math.floor(t / 3) + salt);
            const team = pick(TEAM_IDS, t * 3 + salt);
            out.push(`    touchpoint T${pad(n, w)} "Touchpoint ${n}: ${verb.toLowerCase()} ${object}" {`);
            // finding 5: a channel that names nothing declared → unresolved-reference
            out.push(`      channel ${finding === 5 ? 'NoSuchChannel' : pick(CHANNELS, t + salt)[0]}`);
            // finding 0: no owner on a phase without a default owner → missing-owner (and gap-without-owner)
            if (!(finding === 0 && !phaseOwner)) out.push(`      owner ${team}`);
            // Every other touchpoint involves both personas, the second with an emotion of their own.
            const bothPersonas = t % 2 === 1;
            out.push(bothPersonas ? `      persona ${PERSONAS[0][0]}, ${PERSONAS[1][0]}` : `      persona ${pick(PERSONAS, t)[0]}`);
            out.push(`      action "${verb} ${object} (step ${n})"`);
            out.push(`      backstage "${TEAMS[pick(TEAM_IDS, t + 1)].title} prepares ${object}"`);
            out.push(`      thought "Will ${object} save me time?"`);
            // finding 1: no emotion → missing-emotion
            if (finding !== 1) {
                out.push(`      emotion ${score} "${LABELS[score]}"`);
                const own = 1 + ((t * 3 + salt) % 5);
                if (bothPersonas) out.push(`      emotion ${PERSONAS[1][0]} ${own} "${LABELS[own]}"`);
            }
            out.push(`      pain "Waiting ${2 + (t % 20)} minutes for ${object}"`);
            // finding 2: a gap without target → gap-without-target
            out.push(`      gap "Time to finish ${object}" {`);
            out.push(`        current "${10 + (t % 30)} min"`);
            if (finding !== 2) out.push(`        target "${2 + (t % 5)} min"`);
            out.push(`        change "Automate ${object}"`);
            out.push(`        owner ${pick(TEAM_IDS, t + 5 + salt)}`);
            out.push('      }');
            // finding 3: an opportunity without horizon → opportunity-without-horizon
            out.push(`      opportunity "Self-service ${object}" {`);
            if (finding !== 3) out.push(`        horizon ${pick(HORIZONS, t)}`);
            out.push(`        owner ${pick(TEAM_IDS, t + 2)}`);
            out.push('      }');
            // finding 4: a kpi without target → kpi-without-target
            out.push(`      kpi "Completion rate of ${object}" {`);
            out.push(`        current ${(40 + (t % 50)) / 2}`);
            if (finding !== 4) out.push(`        target ${60 + (t % 30)}`);
            out.push('        unit "%"');
            out.push('      }');
            out.push(`      impact ${pick(IMPACTS, t)}`);
            // every 7th is a moment of truth (it has a kpi, so no finding)
            if (n % 7 === 0) out.push('      moment-of-truth');
            out.push('    }');
        }
        out.push('  }');
    }
    out.push('}', '');
    return out.join('\n');
}

export function singleFileText(touchpoints) {
    return [`// Benchmark journey: ${touchpoints} touchpoints, declarations at the top.`, declarationsText(), journeyText('Bench', touchpoints)].join('\n');
}

/** Writes every fixture under `outDir`; returns their paths. Skips files whose bytes are unchanged. */
export function generate(outDir) {
    /** @type {{ single: Record<number, { folder: string, file: string }>, team: { folder: string, declarations: string, journeys: string[] } }} */
    const written = { single: {}, team: { folder: path.join(outDir, 'team'), declarations: '', journeys: [] } };
    const write = (file, text) => {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
        return file;
    };
    for (const size of SIZES) {
        written.single[size] = {
            folder: path.join(outDir, `single-${size}`),
            file: write(path.join(outDir, `single-${size}`, 'map.journey'), singleFileText(size)),
        };
    }
    written.team.declarations = write(path.join(written.team.folder, 'declarations.journey'), declarationsText());
    for (let j = 1; j <= TEAM_JOURNEYS; j++) {
        written.team.journeys.push(
            write(
                path.join(written.team.folder, `journey-${pad(j, 2)}.journey`),
                `// Team workspace journey ${j} of ${TEAM_JOURNEYS}.\n` + journeyText(`Journey${pad(j, 2)}`, TEAM_JOURNEY_SIZE, j),
            ),
        );
    }
    return written;
}

export const DEFAULT_OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '.work');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const i = process.argv.indexOf('--out');
    const out = i > 0 ? path.resolve(process.argv[i + 1]) : DEFAULT_OUT;
    const result = generate(out);
    for (const size of SIZES) {
        const file = result.single[size].file;
        console.log(`${file}: ${(fs.statSync(file).size / 1024).toFixed(0)} KB, ${fs.readFileSync(file, 'utf8').split('\n').length} lines`);
    }
    const teamBytes = [result.team.declarations, ...result.team.journeys].reduce((sum, f) => sum + fs.statSync(f).size, 0);
    console.log(`${result.team.folder}: ${1 + result.team.journeys.length} files, ${(teamBytes / 1024).toFixed(0)} KB`);
}
