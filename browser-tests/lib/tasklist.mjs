// Tasklist's task view and notifications, as the scripts that open tasks use them.

/** The task view of Tasklist. */
export const TASK = '[cam-tasklist-task]';

/** Closes Tasklist's notifications, which stay until closed (and may cover the form's buttons). */
export async function closeNotifications(page) {
  for (const close of await page.locator('.notifications .alert .close').all()) {
    await close.click().catch(() => {});
  }
  await page.locator('.notifications .alert').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
}

/** Opens a task by its id, as a link to it would, and waits for its form. */
export async function openTask(page, baseUrl, taskId) {
  await page.goto(baseUrl.replace(/\/$/, '') + `/camunda/app/tasklist/default/#/?task=${taskId}`);
  await page.locator(`${TASK} .fjs-form`).waitFor();
}
