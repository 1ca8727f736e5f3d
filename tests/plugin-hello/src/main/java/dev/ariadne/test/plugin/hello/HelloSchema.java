package dev.ariadne.test.plugin.hello;

import java.sql.Statement;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.ariadne.api.cases.CaseSchema;

/**
 * The hello test plugin's contribution: a case schema with one table, {@code hello_greetings}. Registered by DS when
 * the bundle starts from the plugin folder; called by the core's case service on the thread that opens a case (or
 * that registers this service while a case is open).
 */
@Component
@TestPlugin("hello")
public class HelloSchema implements CaseSchema {

    private static final List<Migration> MIGRATIONS = List.of(connection -> {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS hello_greetings (id INT PRIMARY KEY, greeting VARCHAR(100))");
        }
    });

    @Override
    public String area() {
        return "dev.ariadne.test.plugin.hello";
    }

    @Override
    public List<Migration> migrations() {
        return MIGRATIONS;
    }
}
