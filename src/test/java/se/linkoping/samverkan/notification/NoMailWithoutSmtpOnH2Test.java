package se.linkoping.samverkan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

import se.linkoping.samverkan.support.OnH2;

/** Without spring.mail.host the application has no mail sender and writes no mail. */
@OnH2
class NoMailWithoutSmtpOnH2Test {

    @Autowired
    ApplicationContext context;

    @Test
    void withoutSmtpThereIsNoMailSenderAndNoTaskMails() {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(TaskMails.class).getIfAvailable()).isNull();
    }
}
