// "How Newslens checks": one paragraph on what each check means and does not mean.
import { t } from '../../shared/i18n';

export function HowItWorks() {
  return (
    <details class="help" data-testid="help">
      <summary>{t('helpTitle')}</summary>
      <p>{t('helpText')}</p>
    </details>
  );
}
