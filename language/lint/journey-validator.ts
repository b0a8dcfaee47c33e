// Registers the lint checks of lint/checks/ with Langium's validation registry.
import type { ValidationChecks } from 'langium';
import type { JourneyLanguageAstType } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { checkDeclaration } from './checks/declaration-checks.js';
import { checkEmotion } from './checks/emotion-checks.js';
import { checkGap } from './checks/gap-checks.js';
import { checkImprovesCycle, checkUnimprovedPain } from './checks/improvement-checks.js';
import { checkJourney } from './checks/journey-checks.js';
import { checkKpi } from './checks/kpi-checks.js';
import { checkOpportunity } from './checks/opportunity-checks.js';
import { checkMomentOrder, checkPhase } from './checks/phase-checks.js';
import { checkRepeatedReferences } from './checks/repeated-reference-checks.js';
import { checkTouchpoint } from './checks/touchpoint-checks.js';

export function registerLintChecks(services: JourneyServices): void {
    const locale = () => services.preferences.locale;
    const checks: ValidationChecks<JourneyLanguageAstType> = {
        Declaration: checkDeclaration(locale, services.shared.workspace.IndexManager, services.workspace.AstNodeLocator),
        Journey: [checkJourney(locale), checkMomentOrder(locale), checkRepeatedReferences(locale), checkImprovesCycle(locale)],
        Phase: checkPhase(locale),
        Touchpoint: [checkTouchpoint(locale), checkRepeatedReferences(locale), checkUnimprovedPain(locale)],
        Emotion: checkEmotion(locale),
        Gap: checkGap(locale),
        Opportunity: checkOpportunity(locale),
        Kpi: checkKpi(locale),
    };
    services.validation.ValidationRegistry.register(checks);
}
