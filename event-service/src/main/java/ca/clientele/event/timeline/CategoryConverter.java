package ca.clientele.event.timeline;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads {@code category=billing} (the API's lower-case codes); an unknown code is a 400 problem. */
@Component
class CategoryConverter implements Converter<String, Category> {

    @Override
    public Category convert(String source) {
        return Category.fromCode(source);
    }
}
