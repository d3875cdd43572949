package nl.route071;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Route071Application {

    public static void main(String[] args) {
        SpringApplication.run(Route071Application.class, args);
    }
}
