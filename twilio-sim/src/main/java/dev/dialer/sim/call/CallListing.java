package dev.dialer.sim.call;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * Cuts the filtered, newest-first list into pages. A PageToken ({@code PA} + the last sid of the
 * previous page) resumes after that call, so calls created meanwhile do not shift later pages.
 */
final class CallListing {

  private static final Set<String> PAGING = Set.of("Page", "PageSize", "PageToken");

  private CallListing() {}

  static CallListPage page(
      String accountSid,
      CallListQuery query,
      MultiValueMap<String, String> params,
      List<CallSnapshot> matching) {
    int start = query.page() * query.pageSize();
    if (query.pageToken() != null && query.pageToken().startsWith("PA")) {
      String after = query.pageToken().substring(2);
      for (int i = 0; i < matching.size(); i++) {
        if (matching.get(i).sid().equals(after)) {
          start = i + 1;
        }
      }
    }
    int from = Math.min(start, matching.size());
    int to = Math.min(from + query.pageSize(), matching.size());
    List<CallSnapshot> page = matching.subList(from, to);
    String base = "/2010-04-01/Accounts/" + accountSid + "/Calls.json?" + filters(params);
    String next =
        to < matching.size()
            ? pageUri(base, query, query.page() + 1)
                + "&PageToken=PA"
                + page.get(page.size() - 1).sid()
            : null;
    return new CallListPage(
        page.stream().map(CallResource::of).toList(),
        page.isEmpty() ? from : to - 1,
        pageUri(base, query, 0),
        next,
        query.page(),
        query.pageSize(),
        query.page() > 0 ? pageUri(base, query, query.page() - 1) : null,
        from,
        pageUri(base, query, query.page()));
  }

  private static String pageUri(String base, CallListQuery query, int page) {
    return base + "PageSize=" + query.pageSize() + "&Page=" + page;
  }

  private static String filters(MultiValueMap<String, String> params) {
    return params.entrySet().stream()
        .filter(e -> !PAGING.contains(e.getKey()))
        .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v) + "&"))
        .collect(Collectors.joining());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
