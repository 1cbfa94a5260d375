package ca.clientele.adminportal.forms;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Gives controllers a {@link FormRequest} parameter: the first value of each form field, the htmx header. */
@Component
class FormRequestResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final FormSubmitter submitter;

    FormRequestResolver(FormSubmitter submitter) {
        this.submitter = submitter;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == FormRequest.class;
    }

    @Override
    public FormRequest resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        return new FormRequest(
                typed,
                "true".equals(request.getHeader("HX-Request")),
                request.getNativeResponse(HttpServletResponse.class),
                submitter);
    }
}
