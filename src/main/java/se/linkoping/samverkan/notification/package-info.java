/**
 * E-mail to the staff: when a task is created for a group, its members with an e-mail address get a
 * message with the task's name, due date and a link that opens it in Tasklist; reminders of
 * interventions due soon; messages a process sends a group. The texts are Thymeleaf text templates in
 * {@code templates/mail/}. Sent only when the transaction that made the task commits, and only when
 * SMTP is configured ({@code spring.mail.host}).
 */
package se.linkoping.samverkan.notification;
