"""Impacts: impact pathways and their zones, rivers and downstream traces, pressure on protected areas."""
