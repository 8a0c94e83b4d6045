package com.example.app;

/** An application's own enum that happens to have an UNKNOWN constant. */
public enum AppStatus {
  OK,
  UNKNOWN
}
