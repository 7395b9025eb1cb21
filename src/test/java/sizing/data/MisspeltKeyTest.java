package sizing.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sizing.TestFiles;

/**
 * A misspelt key in any kind of data file (a service, component, role, goal, metric, workload
 * parameter, category, ...) stops the load with one message naming the file, the line, the field
 * and the valid values, instead of loading a figure nobody reads.
 */
class MisspeltKeyTest {
  @TempDir Path dir;

  /** The bundled data folder copied, with {@code from} replaced by {@code to} on line {@code line} of {@code file}. */
  Path dataWith(String file, int line, String from, String to) throws IOException {
    TestFiles.copyTree(DataDir.locate(), dir);
    var f = dir.resolve(file);
    var lines = new java.util.ArrayList<>(Files.readAllLines(f));
    var text = lines.get(line - 1);
    assertThat(text).as("line %d of %s", line, file).contains(from);
    lines.set(line - 1, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    Files.write(f, lines);
    return dir;
  }

  static final String ROLES = "(valid: all-in-one, app, backend, database, vector, frontend, load-balancer, sessions, "
      + "storage, monitoring, domain)";
  static final String SERVICES = "(valid: backend, postgres, frontend, chromadb, system)";
  static final String CATEGORIES = "(valid: droplet, managed_postgres, load_balancer, block_storage, object_storage, "
      + "managed_redis, monitoring, frontend_hosting, domain)";

  static Stream<Arguments> misspellings() {
    return Stream.of(
        // file, line, text on that line, its misspelling, field, the message after "field 'F': "
        Arguments.of("stack/host-shares.csv", 2, "all-in-one,backend,", "all-in-one,backnd,", "service",
            "unknown service 'backnd' " + SERVICES),
        Arguments.of("stack/host-shares.csv", 5, "app,backend,", "ap,backend,", "role",
            "unknown role 'ap' " + ROLES),
        Arguments.of("stack/availability.csv", 3, "load_balancer,", "load_balancr,", "component",
            "unknown component 'load_balancr' (valid: droplet, load_balancer, managed_postgres, managed_redis, "
                + "self_managed_service, frontend_hosting, llm_provider)"),
        Arguments.of("stack/services.csv", 9, "frontend,memory,", "frontnd,memory,", "service",
            "unknown service 'frontnd' " + SERVICES),
        Arguments.of("stack/services.csv", 2, "backend,memory_idle,", "backend,memory_idel,", "metric",
            "unknown metric 'memory_idel' for service backend (valid: memory_idle, memory_active, pool_base, pool_overflow)"),
        Arguments.of("llm/latency.csv", 2, ",lognormal,", ",lognormall,", "family",
            "unknown family 'lognormall' (valid: lognormal)"),
        Arguments.of("workloads/guide.csv", 14, "session_mb_per_user,", "sesion_mb_per_user,", "parameter",
            "unknown workload parameter 'sesion_mb_per_user' (valid: concurrent_users, requests_per_user_per_minute, "
                + "backend_cpu_seconds_per_request, db_queries_per_request, db_cpu_seconds_per_query, "
                + "vector_searches_per_request, vector_search_seconds, llm_calls_per_request, llm_input_tokens_per_call, "
                + "llm_output_tokens_per_call, documents_indexed, vector_kb_per_document, session_mb_per_user, "
                + "busy_hours_per_month, llm_tokens_per_minute_limit, db_connection_hold_seconds_per_request, usl_sigma, usl_kappa)"),
        Arguments.of("workloads/guide-goals.csv", 2, "p95_seconds,", "p95_second,", "goal",
            "unknown goal 'p95_second' (valid: p95_seconds, availability_pct, cpu_max_utilisation_pct, "
                + "memory_max_utilisation_pct, db_pool_max_utilisation_pct, budget_usd)"),
        Arguments.of("scenarios/scenario-items.csv", 2, ",all-in-one,", ",allinone,", "role",
            "unknown role 'allinone' " + ROLES),
        Arguments.of("scenarios/guide-estimates.csv", 4, ",uptime_pct,", ",uptime,", "metric",
            "unknown metric 'uptime' (valid: concurrent_users, avg_response_seconds, uptime_pct)"),
        Arguments.of("prices/guide-catalog.csv", 2, ",droplet,Basic", ",droplets,Basic", "category",
            "unknown category 'droplets' " + CATEGORIES),
        Arguments.of("prices/guide-catalog.csv", 2, ",month,48,", ",monthly,48,", "period",
            "unknown period 'monthly' (valid: month, year)"),
        Arguments.of("prices/commitments.csv", 3, ",droplet,", ",droplett,", "applies_to",
            "unknown category 'droplett' " + CATEGORIES));
  }

  @ParameterizedTest(name = "{0} line {1}: {3}")
  @MethodSource("misspellings")
  void misspeltKeyNamesFileLineFieldAndTheValidValues(String file, int line, String from, String to, String field,
      String problem) throws IOException {
    var data = dataWith(file, line, from, to);
    assertThatThrownBy(() -> Workbook.load(data, List.of()))
        .isInstanceOf(DataException.class)
        .hasMessage(data.resolve(file) + ":" + line + ": field '" + field + "': " + problem);
  }

  @ParameterizedTest(name = "{0} without {2}")
  @MethodSource("missingRows")
  void aFigureTheModelNeedsMustHaveItsRow(String file, int line, String key, String message) throws IOException {
    var data = dataWith(file, line, key, "#" + key);
    assertThatThrownBy(() -> Workbook.load(data, List.of()))
        .isInstanceOf(DataException.class)
        .hasMessage(data.resolve(file) + ": " + message);
  }

  static Stream<Arguments> missingRows() {
    return Stream.of(
        Arguments.of("stack/host-shares.csv", 2, "all-in-one,backend", "field 'role': needs a row for role 'all-in-one', service 'backend'"),
        Arguments.of("stack/availability.csv", 6, "self_managed_service", "field 'component': needs a row for component 'self_managed_service'"),
        Arguments.of("workloads/guide.csv", 11, "llm_output_tokens_per_call", "field 'parameter': the workload must set 'llm_output_tokens_per_call'"));
  }
}
