package dev.genaiplayground.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/** The Vaadin servlet hands Atmosphere the setting that lets it push to different browsers in parallel. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParallelPushTest {

    @Autowired
    List<ServletRegistrationBean<?>> registrations;

    @Test
    void theVaadinServletAllowsOutOfOrderBroadcasts() {
        ServletRegistrationBean<?> vaadin = registrations.stream()
                .filter(r -> r.getServlet() instanceof SpringServlet).findFirst().orElseThrow();
        assertThat(vaadin.getInitParameters()).containsEntry(ParallelPush.OUT_OF_ORDER, "true");
    }
}
