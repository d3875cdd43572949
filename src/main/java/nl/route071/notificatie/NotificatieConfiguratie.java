package nl.route071.notificatie;

import java.util.Properties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP connection, only when {@code route071.smtp.host} ({@code ROUTE071_SMTP_HOST}) is set; without it no
 * {@code JavaMailSender} exists and notifications go to the outbox. Short timeouts, so that an unreachable
 * server fails the job quickly and the retry cycle takes over.
 */
@Configuration(proxyBeanMethods = false)
class NotificatieConfiguratie {

    @Bean
    @ConditionalOnExpression("!'${route071.smtp.host:}'.isBlank()")
    JavaMailSenderImpl route071MailSender(@Value("${route071.smtp.host}") String host,
            @Value("${route071.smtp.port:25}") int port, @Value("${route071.smtp.user:}") String gebruiker,
            @Value("${route071.smtp.password:}") String wachtwoord,
            @Value("${route071.smtp.starttls:false}") boolean starttls) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties eigenschappen = sender.getJavaMailProperties();
        if (!gebruiker.isBlank()) {
            sender.setUsername(gebruiker);
            sender.setPassword(wachtwoord);
            eigenschappen.put("mail.smtp.auth", "true");
        }
        eigenschappen.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        eigenschappen.put("mail.smtp.connectiontimeout", "5000");
        eigenschappen.put("mail.smtp.timeout", "10000");
        eigenschappen.put("mail.smtp.writetimeout", "10000");
        return sender;
    }
}
