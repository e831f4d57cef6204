// Camunda's webapps as staff use them: signing in on an app's login page, and the fields of a Camunda
// Form (form-js), found by their labels as a person would.

export const PASSWORD = 'demo';

/** Signs in on the login page of a Camunda webapp (tasklist, cockpit) and waits for the app. */
export async function signIn(page, baseUrl, app, user) {
  await page.goto(baseUrl.replace(/\/$/, '') + `/camunda/app/${app}/`);
  const name = page.locator('input[type=text]').first();
  const password = page.locator('input[type=password]');
  await password.waitFor();
  // on a busy machine the login form may still be rendering while it is filled, and a password can land
  // in the name field ("admindemo"): fill it again until both fields hold what they should
  for (let attempt = 1; ; attempt++) {
    await name.fill(user);
    await password.fill(PASSWORD);
    if (await name.inputValue() === user && await password.inputValue() === PASSWORD) {
      break;
    }
    if (attempt === 3) {
      throw new Error(`the ${app} login form did not keep ${user}'s name and password`);
    }
    await page.waitForTimeout(500);
  }
  await password.press('Enter');
  if (app === 'tasklist') {
    await page.locator('.start-process-action a').waitFor();
    await page.locator('.task-filters .item h4 a').first().waitFor();
  } else {
    await page.locator('input[type=password]').waitFor({ state: 'detached' });
  }
  // the webapps change their route once more after login, which would close a dialog opened too early
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
}

/** The input of a form-js field, found by its label as a person would. */
export function formField(page, label, within = '.fjs-form') {
  const labelElement = page.locator(`${within} label.fjs-form-field-label`)
    .filter({ hasText: new RegExp('^\\s*' + label + '\\s*\\*?\\s*$') });
  return {
    async selector() {
      return '#' + await labelElement.getAttribute('for');
    },
    async fill(value) {
      await page.fill(await this.selector(), value);
      // form-js takes typed text after a pause; a re-render before that would drop it
      await page.waitForTimeout(400);
    },
    async choose(option) {
      const selector = await this.selector();
      await page.click(selector);
      await page.fill(selector, option);
      await page.locator('.fjs-dropdownlist-item', { hasText: option }).first().click();
      await page.waitForTimeout(200);
    }
  };
}

/**
 * Starts a report of violence or threat as a member of staff submits the start form (over the engine's REST API),
 * occurred an hour ago: EST gets its "Bedöm händelsen". Fails when the report is refused.
 */
export async function reportViolence(baseUrl, user, { district, place, description, source }) {
  const variable = (value) => ({ value, type: 'String' });
  const response = await fetch(baseUrl.replace(/\/$/, '') + '/engine-rest/process-definition/key/incident-report/submit-form', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64')
    },
    body: JSON.stringify({
      variables: {
        district: variable(district), place: variable(place), category: variable('vald-hot'),
        occurredAt: variable(new Date(Date.now() - 3600 * 1000).toISOString()),
        description: variable(description), source: variable(source)
      }
    })
  });
  if (!response.ok) {
    throw new Error(`the report of violence was not started: HTTP ${response.status} ${await response.text()}`);
  }
}
