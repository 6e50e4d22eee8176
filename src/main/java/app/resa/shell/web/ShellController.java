package app.resa.shell.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ShellController {

    @GetMapping("/login")
    String login() {
        return "shell/login";
    }

    @GetMapping("/")
    @PreAuthorize("hasRole('VIEWER')")
    String home() {
        return "shell/home";
    }
}
