package dev.genaiplayground.web;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets Atmosphere write push messages to different browsers in parallel. Vaadin sends every UI's push through one
 * shared Atmosphere broadcaster, which by default hands its messages out one at a time, in order, on one thread:
 * a teacher's change then reaches the 300th student of a class only after the 299 before. Each Vaadin message
 * carries its sync id, and the browser puts messages back in order itself, so ordering in the broadcaster buys
 * nothing here (ClassroomBenchmark).
 */
@Configuration
public class ParallelPush {

    static final String OUT_OF_ORDER = "org.atmosphere.cpr.Broadcaster.supportOutOfOrderBroadcast";

    @Bean
    static BeanPostProcessor parallelPushInitParameter() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter(OUT_OF_ORDER, "true");
                }
                return bean;
            }
        };
    }
}
