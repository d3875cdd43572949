package nl.route071.benchmark.stock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The stock Camunda 7.24 Spring Boot starter (webapps and REST), nothing added: the benchmark's ready-time yardstick. */
@SpringBootApplication
public class StockStarter {

    public static void main(String[] args) {
        SpringApplication.run(StockStarter.class, args);
    }
}
