import type { ConsentState } from '@consentry/core';
import type { DecisionAction } from '@consentry/core/internal';
import type { Translator } from '../i18n/Translator';

/** The polite confirmation of a decision (`allowed`: what a placeholder's button allowed). */
export function statusText(tr: Translator, action: DecisionAction, after: ConsentState | null, allowed?: string): string {
  if (action == 'reset') return tr.t('status.forgotten');
  if (allowed) return tr.t('status.allowed', { name: allowed });
  if (action == 'reject_all') return tr.t('status.rejectedAll');
  if (action == 'accept_all') return tr.t(Object.values(after?.categories || {}).every(Boolean) ? 'status.acceptedAll' : 'status.acceptedAllGpc');
  return tr.t('status.saved');
}
