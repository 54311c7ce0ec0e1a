-- Run once, when the volume is empty: one database per service that stores data (each keeps its own Flyway history).
CREATE DATABASE ingest OWNER claimwatch;
CREATE DATABASE claims OWNER claimwatch;
