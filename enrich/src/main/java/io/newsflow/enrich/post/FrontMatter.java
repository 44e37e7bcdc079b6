package io.newsflow.enrich.post;

import java.util.List;

/**
 * The front matter fields the enricher uses, as strings: the generator writes them by string
 * concatenation, so nothing here is trusted to be typed (dates especially stay text).
 *
 * @param author    the post's author line; feeds such as Sina's put the outlet there
 * @param recovered true when strict YAML failed and the fields were read line by line
 */
public record FrontMatter(String title, String date, List<String> categories, List<String> tags, String author,
                          boolean recovered) {}
