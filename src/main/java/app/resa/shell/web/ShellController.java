package app.resa.shell.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

import app.resa.shared.web.Screen;

@Screen
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
