// Emotions per persona and current/future state (LANGUAGE.md "Emotions per persona", "Current
// and future state"): how the rules read each persona's emotion, in English and in Spanish.
import { describe, expect, it } from 'vitest';
import { lint, lintFiles, SEVERITY } from '../helpers/lint.js';

const TWO = (touchpoint: string) => `persona Ana "Ana"
persona Ben "Ben"
team T "Team"
channel C "Web"
journey J "Journey" {
  persona Ana, Ben
  phase A "Phase A" {
    moment 0
    touchpoint X "Touch X" {
      channel C
      owner T
${touchpoint}    }
  }
}
`;

const ES = (contacto: string) => `persona Ana "Ana"
persona Ben "Ben"
equipo T "Equipo"
canal C "Web"
recorrido J "Recorrido" {
  persona Ana, Ben
  fase A "Fase A" {
    momento 0
    contacto X "Contacto X" {
      canal C
      responsable T
${contacto}    }
  }
}
`;

const of = (rule: string) => (diagnostics: Awaited<ReturnType<typeof lint>>) => diagnostics.filter(d => d.code === rule);

describe('missing-emotion per involved persona', () => {
    it('does not fire when each persona has their own line, or the shared line covers the rest', async () => {
        expect(await lint(TWO('      emotion Ana 4 "calm"\n      emotion Ben 2 "lost"\n      opportunity "Help" { horizon short }\n'))).toEqual([]);
        expect(await lint(TWO('      emotion 3 "ok"\n      emotion Ben 4 "glad"\n'))).toEqual([]);
    });

    it('names the personas without one when others have one, in English and Spanish', async () => {
        const [finding] = of('missing-emotion')(await lint(TWO('      emotion Ana 4 "calm"\n')));
        expect(finding.severity).toBe(SEVERITY.warning);
        expect(finding.message).toBe('Touchpoint "Touch X" has no emotion for Ben: the others involved have one.');
        const [spanish] = of('missing-emotion')(await lint(ES('      emoción Ana 4 "tranquila"\n'), { locale: 'es' }));
        expect(spanish.message).toBe('El contacto "Contacto X" no tiene emoción para Ben: los demás involucrados sí la tienen.');
    });

    it('says the touchpoint has no emotion when nobody involved has one', async () => {
        const [finding] = of('missing-emotion')(await lint(TWO('')));
        expect(finding.message).toBe('Touchpoint "Touch X" has no emotion: how does the customer feel here?');
    });
});

describe('unaddressed-pain per involved persona', () => {
    it('fires when one involved persona is at 2 or below', async () => {
        expect(of('unaddressed-pain')(await lint(TWO('      emotion 4 "ok"\n      emotion Ben 2 "lost"\n')))).toHaveLength(1);
        expect(of('unaddressed-pain')(await lint(ES('      emoción 4 "bien"\n      emoción Ben 1 "perdido"\n'), { locale: 'es' }))).toHaveLength(1);
    });

    it('does not count the line of a persona who is not involved', async () => {
        const text = TWO('      persona Ana\n      emotion 4 "ok"\n      emotion Ben 1 "lost"\n');
        const diagnostics = await lint(text);
        expect(of('unaddressed-pain')(diagnostics)).toEqual([]);
        expect(of('persona-not-involved')(diagnostics)).toHaveLength(1);
    });
});

describe('emotion lines of one persona', () => {
    it('an undeclared persona is unresolved-reference; a score out of range is emotion-out-of-range', async () => {
        const diagnostics = await lint(TWO('      emotion 4 "ok"\n      emotion Nadie 2 "?"\n      emotion Ben 9 "wow"\n'));
        expect(diagnostics.map(d => [d.code, d.severity])).toEqual(
            expect.arrayContaining([
                ['unresolved-reference', SEVERITY.error],
                ['emotion-out-of-range', SEVERITY.error],
            ]),
        );
        expect(of('unresolved-reference')(diagnostics)[0].message).toBe('Unknown persona "Nadie": no persona with this id is declared in the workspace.');
        expect(of('persona-not-involved')(diagnostics)).toEqual([]);
    });

    it('a half-typed `emotion Ana` keeps the persona it names', async () => {
        const files = await lintFiles({ 'half.journey': TWO('      emotion Ana\n') });
        const { document } = files['half.journey'];
        const journey = document.parseResult.value.declarations.find(d => d.$type === 'Journey') as import('../../language/generated/ast.js').Journey;
        const emotion = journey.phases[0].touchpoints[0].emotions[0];
        expect(emotion.persona?.$refText).toBe('Ana');
        expect(emotion.persona?.ref?.name).toBe('Ana');
    });
});

describe('the new rules in Spanish: message, severity, suppression', () => {
    const cases = {
        'persona-not-involved': {
            text: ES('      persona Ana\n      emoción 4 "bien"\n      emoción Ben 2 "lejos"\n'),
            message: 'La persona "Ben" no participa en el contacto "Contacto X": agréguela a su lista `persona`, o elimine esta línea.',
            severity: SEVERITY.warning,
        },
        'repeated-reference': {
            text: ES('      persona Ana, Ben, Ana\n      emoción 4 "bien"\n'),
            message: 'Persona "Ana" aparece dos veces aquí: la repetición no dice nada más.',
            severity: SEVERITY.warning,
        },
        'improves-cycle': {
            text: ES('      emoción 4 "bien"\n').replace('  persona Ana, Ben\n', '  mejora J\n  persona Ana, Ben\n'),
            message: 'El recorrido "J" se mejora a sí mismo (J → J): un estado futuro no puede ser su propio estado actual.',
            severity: SEVERITY.error,
        },
        'unimproved-pain': {
            text:
                ES('      emoción 2 "lenta"\n      dolor "Espera"\n      oportunidad "Rápido" { horizonte corto }\n') +
                ES('      emoción 2 "lenta"\n      dolor "Espera"\n      oportunidad "Rápido" { horizonte corto }\n')
                    .split('\n')
                    .slice(4)
                    .join('\n')
                    .replace('recorrido J "Recorrido" {', 'recorrido F "Futuro" {\n  mejora J'),
            message: 'El contacto "Contacto X" conserva el dolor que tiene en "Recorrido": los mismos dolores, y ninguna persona se siente mejor.',
            severity: SEVERITY.info,
        },
    } as const;
    for (const [rule, { text, message, severity }] of Object.entries(cases)) {
        it(`${rule}: fires in Spanish, and the Spanish file's comments suppress it`, async () => {
            const found = of(rule)(await lint(text, { locale: 'es' }));
            expect(found.map(d => [d.message, d.severity])).toEqual([[message, severity]]);
            const lines = text.split('\n');
            lines.splice(found[0].range.start.line, 0, `// journey-lint-disable-next-line ${rule}`);
            expect(of(rule)(await lint(lines.join('\n'), { locale: 'es' }))).toEqual([]);
            expect(of(rule)(await lint(`// journey-lint-disable ${rule}\n${text}`, { locale: 'es' }))).toEqual([]);
            expect(of(rule)(await lint(text, { locale: 'es', rules: { [rule]: 'off' } }))).toEqual([]);
        });
    }
});

describe('repeated-reference', () => {
    it('fires on a repeated channel and on a second emotion line of one persona, not on different ids', async () => {
        const diagnostics = of('repeated-reference')(
            await lint(TWO('      channel C\n      emotion Ana 4 "a"\n      emotion Ana 3 "b"\n      emotion Ben 4 "c"\n')),
        );
        expect(diagnostics.map(d => [d.range.start.line, d.message])).toEqual([
            [11, 'Channel "C" is named twice here: the repeat says nothing more.'],
            [13, 'Persona "Ana" already has an emotion line in this touchpoint: only the first counts.'],
        ]);
        expect(of('repeated-reference')(await lint(TWO('      persona Ana, Ben\n      emotion 4 "ok"\n')))).toEqual([]);
    });
});

describe('improves across files', () => {
    const current = TWO('      emotion 2 "slow"\n      pain "Waits"\n      opportunity "Faster" { horizon short }\n');
    const future = (touchpoint: string, improves = 'J') => `journey F "Future" {
  improves ${improves}
  persona Ana, Ben
  phase A "Phase A" {
    moment 0
    touchpoint X "Touch X" {
      channel C
      owner T
${touchpoint}    }
  }
}
`;

    it('resolves the journey of another file; unimproved-pain fires when the pain stays and nobody feels better', async () => {
        const files = await lintFiles({
            'current.journey': current,
            'future.journey': future('      emotion 2 "slow"\n      pain "Waits"\n      opportunity "Faster" { horizon short }\n'),
        });
        expect(files['future.journey'].diagnostics.map(d => [d.code, d.severity, d.message])).toEqual([
            ['unimproved-pain', SEVERITY.info, 'Touchpoint "Touch X" keeps the pain it has in "Journey": the same pains, and no persona feels better.'],
        ]);
        expect(files['current.journey'].diagnostics).toEqual([]);
    });

    it('does not fire when one persona involved in both feels better, or a pain changed, or the step did not hurt', async () => {
        for (const touchpoint of [
            '      emotion 2 "slow"\n      emotion Ben 3 "better"\n      pain "Waits"\n      opportunity "Faster" { horizon short }\n',
            '      emotion 2 "slow"\n      pain "Waits less"\n      opportunity "Faster" { horizon short }\n',
        ]) {
            const files = await lintFiles({ 'current.journey': current, 'future.journey': future(touchpoint) });
            expect(files['future.journey'].diagnostics, touchpoint).toEqual([]);
        }
        const calm = TWO('      emotion 4 "fine"\n');
        const files = await lintFiles({ 'current.journey': calm, 'future.journey': future('      emotion 4 "fine"\n') });
        expect(files['future.journey'].diagnostics).toEqual([]);
    });

    it('improves-cycle on every journey of a cycle through two files; a chain is fine', async () => {
        const cycle = await lintFiles({
            'current.journey': current.replace('  persona Ana, Ben\n', '  improves F\n  persona Ana, Ben\n'),
            'future.journey': future('      emotion 4 "ok"\n'),
        });
        expect(of('improves-cycle')(cycle['current.journey'].diagnostics).map(d => d.message)).toEqual([
            'Journey "J" improves itself (J → F → J): a future state cannot be its own current state.',
        ]);
        expect(of('improves-cycle')(cycle['future.journey'].diagnostics).map(d => d.message)).toEqual([
            'Journey "F" improves itself (F → J → F): a future state cannot be its own current state.',
        ]);
        const chain = await lintFiles({
            'current.journey': current,
            'future.journey': future('      emotion 4 "ok"\n'),
            'later.journey': future('      emotion 5 "great"\n', 'F').replace('journey F "Future"', 'journey G "Later"'),
        });
        for (const file of Object.values(chain)) if (file && 'diagnostics' in file) expect(of('improves-cycle')(file.diagnostics)).toEqual([]);
    });

    it('an improves that names no journey is unresolved-reference', async () => {
        const files = await lintFiles({
            'future.journey': future('      emotion 4 "ok"\n', 'Nowhere').replace(
                'journey F',
                'persona Ana "Ana"\npersona Ben "Ben"\nteam T "T"\nchannel C "C"\njourney F',
            ),
        });
        expect(files['future.journey'].diagnostics.map(d => [d.code, d.message])).toEqual([
            ['unresolved-reference', 'Unknown journey "Nowhere": no journey with this id is declared in the workspace.'],
        ]);
    });
});
